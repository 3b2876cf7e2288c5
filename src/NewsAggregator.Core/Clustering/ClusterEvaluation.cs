using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NewsAggregator.Core.Storage;

namespace NewsAggregator.Core.Clustering;

/// <summary>How closely predicted stories match labelled events.</summary>
public sealed record ClusterScores(
    int Documents,
    int GoldClusters,
    int PredictedClusters,
    double PairwisePrecision,
    double PairwiseRecall,
    double PairwiseF1,
    double BCubedPrecision,
    double BCubedRecall,
    double BCubedF1)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public string ToText() => string.Create(CultureInfo.InvariantCulture,
        $"""
        documents: {Documents}  gold events: {GoldClusters}  predicted stories: {PredictedClusters}
        BCubed   P {BCubedPrecision:0.0000}  R {BCubedRecall:0.0000}  F1 {BCubedF1:0.0000}
        pairwise P {PairwisePrecision:0.0000}  R {PairwiseRecall:0.0000}  F1 {PairwiseF1:0.0000}
        """);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}

/// <summary>
/// Scores predicted clusters against gold lines <c>&lt;name&gt;TAB&lt;event id&gt;</c>: pairwise
/// precision/recall/F1 over pairs of documents put together, and BCubed precision/recall/F1
/// (per document, averaged). Only gold documents count; a gold document with no prediction is a
/// cluster of its own.
/// </summary>
public static class ClusterEvaluation
{
    /// <summary>Reads gold lines; blank lines and lines starting with '#' are skipped.</summary>
    /// <exception cref="FormatException">A line without a name and an event id, or a name given twice.</exception>
    public static Dictionary<string, string> ReadGold(TextReader reader)
    {
        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
            {
                throw new FormatException($"gold line {number}: expected '<name><TAB><event id>', got '{line}'");
            }

            if (!gold.TryAdd(parts[0].Trim(), parts[1].Trim()))
            {
                throw new FormatException($"gold line {number}: '{parts[0].Trim()}' is listed twice");
            }
        }

        return gold;
    }

    /// <summary>Scores the stored stories: each source file's name without extension maps to its article's story.</summary>
    public static async Task<ClusterScores> EvaluateStoreAsync(NewsDbContext db, TextReader gold, CancellationToken cancellationToken = default)
    {
        var goldLabels = ReadGold(gold);
        var rows = await db.Articles.AsNoTracking()
            .Select(a => new { a.Source.FileName, a.StoryId })
            .ToListAsync(cancellationToken);
        var predicted = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            predicted.TryAdd(Path.GetFileNameWithoutExtension(row.FileName), row.StoryId?.ToString(CultureInfo.InvariantCulture));
        }

        return Evaluate(goldLabels, predicted);
    }

    public static ClusterScores Evaluate(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string?> predicted)
    {
        // Contingency table: (gold event, predicted cluster) -> documents. Unpredicted documents
        // get a cluster key nobody else can have.
        var cells = new Dictionary<(string Gold, string Predicted), int>();
        var goldSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        var predictedSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, goldId) in gold)
        {
            var predictedId = predicted.GetValueOrDefault(name) is { } p ? "p:" + p : "single:" + name;
            cells[(goldId, predictedId)] = cells.GetValueOrDefault((goldId, predictedId)) + 1;
            goldSizes[goldId] = goldSizes.GetValueOrDefault(goldId) + 1;
            predictedSizes[predictedId] = predictedSizes.GetValueOrDefault(predictedId) + 1;
        }

        double truePairs = 0, bcubedPrecision = 0, bcubedRecall = 0;
        foreach (var ((goldId, predictedId), n) in cells)
        {
            truePairs += Pairs(n);
            bcubedPrecision += (double)n * n / predictedSizes[predictedId];
            bcubedRecall += (double)n * n / goldSizes[goldId];
        }

        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var goldPairs = goldSizes.Values.Sum(Pairs);
        var documents = gold.Count;
        var pairwisePrecision = predictedPairs == 0 ? 1 : truePairs / predictedPairs;
        var pairwiseRecall = goldPairs == 0 ? 1 : truePairs / goldPairs;
        var bp = documents == 0 ? 1 : bcubedPrecision / documents;
        var br = documents == 0 ? 1 : bcubedRecall / documents;
        return new ClusterScores(documents, goldSizes.Count, predictedSizes.Count,
            pairwisePrecision, pairwiseRecall, F1(pairwisePrecision, pairwiseRecall),
            bp, br, F1(bp, br));
    }

    private static double Pairs(int n) => n * (n - 1) / 2.0;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
