using System.ComponentModel.DataAnnotations;

namespace NewsAggregator.Web.Upload;

/// <summary>Upload limits; the server's request and form limits are derived from these.</summary>
public sealed class UploadOptions : IValidatableObject
{
    public const string Section = "Upload";

    private const long MiB = 1024 * 1024;

    /// <summary>Largest single file, and largest single entry once unzipped.</summary>
    [Range(1, 1024 * MiB)]
    public long MaxFileBytes { get; set; } = 10 * MiB;

    /// <summary>Files in one request; any beyond are refused one by one, the first ones still import.</summary>
    [Range(1, 10_000)]
    public int MaxFiles { get; set; } = 200;

    /// <summary>Whole request body; the server stops reading beyond it (HTTP 413).</summary>
    [Range(1, 16L * 1024 * MiB)]
    public long MaxRequestBytes { get; set; } = 256 * MiB;

    /// <summary>Entries one zip archive may hold.</summary>
    [Range(1, 100_000)]
    public int MaxZipEntries { get; set; } = 1000;

    /// <summary>Total size of one zip archive's entries once expanded.</summary>
    [Range(1, 16L * 1024 * MiB)]
    public long MaxZipExpandedBytes { get; set; } = 100 * MiB;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (MaxRequestBytes < MaxFileBytes)
        {
            yield return new ValidationResult("Upload:MaxRequestBytes must be at least Upload:MaxFileBytes.", [nameof(MaxRequestBytes)]);
        }
    }

    public static string Describe(long bytes) =>
        bytes >= MiB ? $"{bytes / (double)MiB:0.#} MB" : bytes >= 1024 ? $"{bytes / 1024.0:0.#} KB" : $"{bytes} bytes";
}
