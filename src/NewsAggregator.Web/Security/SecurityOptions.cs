using System.ComponentModel.DataAnnotations;

namespace NewsAggregator.Web.Security;

public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Redirect HTTP to HTTPS and send HSTS. Off by default so the site works on plain localhost;
    /// turn it on wherever the site has a certificate.
    /// </summary>
    public bool RequireHttps { get; set; }

    [Range(1, 730)]
    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>Sign-in and setup form posts allowed per client address per minute.</summary>
    [Range(1, 100_000)]
    public int SignInPostsPerMinute { get; set; } = 10;
}
