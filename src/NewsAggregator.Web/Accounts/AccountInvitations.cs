using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace NewsAggregator.Web.Accounts;

/// <summary>
/// One-time links that let a person choose their own password: the first admin's setup link and
/// editors' invitations. Tokens are random, single-use and expire; only their hashes are kept, in
/// memory, so a restart voids them (a new first-admin link is printed at start while no admin exists).
/// </summary>
public sealed class AccountInvitations(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, Invitation> _pending = new(StringComparer.Ordinal);

    /// <summary>An invitation to become <paramref name="role"/>; <paramref name="email"/> null lets the person choose it.</summary>
    public string Create(string role, string? email)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        _pending[Hash(token)] = new Invitation(role, email, time.GetUtcNow() + Lifetime);
        return token;
    }

    /// <summary>The invitation a token stands for, while it is valid; the token stays usable.</summary>
    public Invitation? Find(string? token)
    {
        if (string.IsNullOrEmpty(token) || !_pending.TryGetValue(Hash(token), out var invitation))
        {
            return null;
        }

        return invitation.ExpiresUtc > time.GetUtcNow() ? invitation : null;
    }

    /// <summary>Uses a token up: true once, for a valid token.</summary>
    public bool TryRedeem(string? token, out Invitation invitation)
    {
        invitation = null!;
        if (Find(token) is null || !_pending.TryRemove(Hash(token!), out var found))
        {
            return false;
        }

        invitation = found;
        return true;
    }

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

public sealed record Invitation(string Role, string? Email, DateTimeOffset ExpiresUtc);
