using System.Text.RegularExpressions;

namespace NewsAggregator.Benchmarks.Extraction;

/// <summary>
/// The article-extraction benchmark's page score: word tokens, multisets of 4-token shingles, true and
/// false positives and negatives normalised so every page weighs the same.
/// </summary>
internal static partial class ShingleScore
{
    private const int ShingleSize = 4;

    public static IReadOnlyList<string> Tokens(string text) => [.. Word().Matches(text).Select(m => m.Value)];

    /// <summary>Per-page (tp, fp, fn) summing to 1; a page where gold and prediction agree fully scores (1, 0, 0).</summary>
    public static (double Tp, double Fp, double Fn) Page(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        var goldShingles = Shingles(gold);
        var predictedShingles = Shingles(predicted);
        double tp = 0, fp = 0;
        foreach (var (shingle, count) in predictedShingles)
        {
            var inGold = goldShingles.GetValueOrDefault(shingle);
            tp += Math.Min(count, inGold);
            fp += Math.Max(0, count - inGold);
        }

        double fn = 0;
        foreach (var (shingle, count) in goldShingles)
        {
            fn += Math.Max(0, count - predictedShingles.GetValueOrDefault(shingle));
        }

        if (fp == 0 && fn == 0)
        {
            return (1, 0, 0);
        }

        var sum = tp + fp + fn;
        return (tp / sum, fp / sum, fn / sum);
    }

    private static Dictionary<string, int> Shingles(IReadOnlyList<string> tokens)
    {
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return shingles;
        }

        // Texts shorter than a shingle still count, as one shingle of all their tokens.
        var count = Math.Max(1, tokens.Count - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(ShingleSize));
            shingles[key] = shingles.GetValueOrDefault(key) + 1;
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
