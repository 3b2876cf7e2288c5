using System.ComponentModel.DataAnnotations;

namespace NewsAggregator.Web.Comparisons;

public sealed class ComparisonFillOptions
{
    public const string Section = "ComparisonFill";

    /// <summary>Compute missing story comparisons in the background, so a story's first reader rarely waits.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often to look for stories without a comparison when nothing asks sooner: changes made
    /// through this server ask at once, an import by the command-line verb is found by this scan.
    /// </summary>
    [Range(1, 86_400)]
    public int ScanSeconds { get; set; } = 60;
}
