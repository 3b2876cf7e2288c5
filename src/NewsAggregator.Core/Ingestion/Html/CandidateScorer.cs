using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// Scores containers by the paragraphs they hold: every paragraph of real prose (long, with commas)
/// lends points to its parent and, diminishing, to a few more ancestors. The container of the article
/// body ends up with the most, once discounted by how much of its text is links.
/// </summary>
internal static class CandidateScorer
{
    private const int MinParagraphLength = 25;
    private const int AncestorLevels = 5;

    private static readonly HashSet<string> Scored = new(StringComparer.Ordinal)
    {
        "p", "pre", "td", "h2", "h3", "h4", "h5", "h6",
    };

    public static Dictionary<IElement, double> Score(IElement root, ExtractionPass pass, Dictionary<IElement, TextStats> statsTable)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var element in NodeText.Descendants(root))
        {
            if (!Scored.Contains(element.LocalName))
            {
                continue;
            }

            var stats = statsTable[element];
            if (stats.Length < MinParagraphLength)
            {
                continue;
            }

            var points = 1.0 + stats.Commas + Math.Min(stats.Length / 100, 3);
            var level = 0;
            for (var ancestor = element.ParentElement; ancestor is not null && level < AncestorLevels; ancestor = ancestor.ParentElement, level++)
            {
                if (!scores.TryGetValue(ancestor, out var current))
                {
                    current = BaseScore(ancestor, pass);
                }

                var divider = level switch
                {
                    0 => 1.0,
                    1 => 2.0,
                    _ => level * 3.0,
                };
                scores[ancestor] = current + points / divider;
                if (ancestor == root)
                {
                    break;
                }
            }
        }

        foreach (var candidate in scores.Keys.ToList())
        {
            scores[candidate] *= 1 - statsTable[candidate].LinkDensity;
        }

        return scores;
    }

    /// <summary>What an element starts with before its paragraphs count: its kind and its class hints.</summary>
    public static double BaseScore(IElement element, ExtractionPass pass)
    {
        double score = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return pass.WeighClasses ? score + ElementHints.Weight(element) : score;
    }
}
