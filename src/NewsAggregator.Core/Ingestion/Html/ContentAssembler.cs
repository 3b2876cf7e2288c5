using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// Picks the best-scored container and gathers, from beside it, the siblings that also read as part
/// of the article: publishers often split one body into several sibling blocks around ads and images.
/// </summary>
internal static partial class ContentAssembler
{
    private const int AlternativesConsidered = 5;
    private const int AgreeingAlternativesNeeded = 3;

    // A split-off part of the body holds a candidate scoring at least this share of the best one.
    private const double SplitPartShare = 0.5;

    /// <summary>A new container, detached from the page, holding the article candidate and its siblings.</summary>
    public static IElement Assemble(IElement body, Dictionary<IElement, double> scores, ExtractionPass pass, Dictionary<IElement, TextStats> statsTable)
    {
        var ranked = scores.OrderByDescending(s => s.Value).Take(AlternativesConsidered + 1).ToList();
        var container = body.Owner!.CreateElement("div");
        if (ranked.Count == 0 || ranked[0].Key == body || ranked[0].Key.LocalName == "html")
        {
            DomWalk.MoveChildren(body, container);

            return container;
        }

        var top = PreferSharedAncestor(ranked, scores, body);
        top = ClimbWhileParentScoresWell(top, scores, body, pass);

        while (top.ParentElement is { } parent && parent != body && parent.Children.Length == 1)
        {
            top = parent;
        }

        var topScore = ScoreOf(top, scores, pass);
        var threshold = Math.Max(10, topScore * 0.2);
        var topClass = top.GetAttribute("class");
        var strongPart = ranked[0].Value * SplitPartShare;
        var chosen = new List<IElement>();
        foreach (var sibling in (top.ParentElement ?? body).Children)
        {
            if (sibling == top || BelongsWithTop(sibling, scores, threshold, topScore, topClass, statsTable)
                || IsAnotherPartOfTheBody(sibling, topClass, strongPart, ranked))
            {
                chosen.Add(sibling);
            }
        }

        foreach (var element in chosen)
        {
            container.AppendChild(element);
        }

        return container;
    }

    private static IElement PreferSharedAncestor(List<KeyValuePair<IElement, double>> ranked, Dictionary<IElement, double> scores, IElement body)
    {
        var top = ranked[0].Key;
        var topScore = ranked[0].Value;
        var alternatives = ranked.Skip(1)
            .Where(r => topScore > 0 && r.Value / topScore >= 0.75)
            .Select(r => Ancestors(r.Key, body))
            .ToList();
        if (alternatives.Count < AgreeingAlternativesNeeded)
        {
            return top;
        }

        // Several near-equal candidates under one ancestor mean the body was split into parts.
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (alternatives.Count(a => a.Contains(parent)) >= AgreeingAlternativesNeeded)
            {
                return parent;
            }
        }

        return top;
    }

    private static IElement ClimbWhileParentScoresWell(IElement top, Dictionary<IElement, double> scores, IElement body, ExtractionPass pass)
    {
        var lastScore = ScoreOf(top, scores, pass);
        var floor = lastScore / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body; parent = parent.ParentElement)
        {
            if (!scores.TryGetValue(parent, out var parentScore))
            {
                continue;
            }

            if (parentScore < floor)
            {
                break;
            }

            if (parentScore > lastScore)
            {
                return parent;
            }

            lastScore = parentScore;
        }

        return top;
    }

    /// <summary>
    /// A sibling built like the top (same class) that holds one of the strongest candidates is
    /// another part of a body the page split into blocks: its own score is often unknown, because
    /// its paragraphs sit deeper than scores reach.
    /// </summary>
    private static bool IsAnotherPartOfTheBody(IElement sibling, string? topClass, double strongPart, List<KeyValuePair<IElement, double>> ranked) =>
        !string.IsNullOrWhiteSpace(topClass) && sibling.GetAttribute("class") == topClass
        && ranked.Any(r => r.Value >= strongPart && sibling.Contains(r.Key));

    private static bool BelongsWithTop(IElement sibling, Dictionary<IElement, double> scores, double threshold, double topScore, string? topClass, Dictionary<IElement, TextStats> statsTable)
    {
        var bonus = !string.IsNullOrEmpty(topClass) && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
        if (scores.TryGetValue(sibling, out var score) && score + bonus >= threshold)
        {
            return true;
        }

        if (sibling.LocalName != "p")
        {
            return false;
        }

        var stats = statsTable.TryGetValue(sibling, out var known) ? known : NodeText.Stats(sibling);
        if (stats.Length > 80)
        {
            return stats.LinkDensity < 0.25;
        }

        return stats.Length > 0 && stats.LinkLength == 0 && SentenceEnd().IsMatch(NodeText.Inner(sibling));
    }

    private static double ScoreOf(IElement element, Dictionary<IElement, double> scores, ExtractionPass pass) =>
        scores.TryGetValue(element, out var score) ? score : CandidateScorer.BaseScore(element, pass);

    private static HashSet<IElement> Ancestors(IElement element, IElement stop)
    {
        var set = new HashSet<IElement>();
        for (var parent = element.ParentElement; parent is not null && parent != stop; parent = parent.ParentElement)
        {
            set.Add(parent);
        }

        return set;
    }

    [GeneratedRegex(@"\.( |$)", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();
}
