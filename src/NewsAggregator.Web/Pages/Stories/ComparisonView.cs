namespace NewsAggregator.Web.Pages.Stories;

/// <summary>
/// The coverage comparison as the story page and the API show it: the stored result with every
/// article id resolved to the report it names (outlet and link).
/// </summary>
public sealed record ComparisonView(
    IReadOnlyList<SummaryLine> Summary,
    IReadOnlyList<FigureView> Figures,
    IReadOnlyList<QuoteView> Quotes,
    IReadOnlyList<CoverageView> Coverage)
{
    public IEnumerable<FigureView> DisagreeingFigures => Figures.Where(f => f.Disagrees);
}

public sealed record ReportRef(int ArticleId, string Label);

public sealed record SummaryLine(string Text, ReportRef Source, int SupportingReports);

/// <summary>One quantity the reports mention; <see cref="What"/> says what it counts ("North Korean troops").</summary>
public sealed record FigureView(string What, IReadOnlyList<string> Context, bool Disagrees, IReadOnlyList<FigureValueView> Values);

public sealed record FigureValueView(string Display, IReadOnlyList<string> Hedges, IReadOnlyList<ReportRef> Reports, IReadOnlyList<string> Phrases);

public sealed record QuoteView(string? Speaker, IReadOnlyList<ReportRef> Reports, IReadOnlyList<QuoteVariantView> Variants);

public sealed record QuoteVariantView(string Text, string Kind, IReadOnlyList<ReportRef> Reports)
{
    public string KindLabel => Kind switch
    {
        "Partial" => "Part of the quote",
        "Reworded" => "Reworded",
        "Paraphrase" => "Different wording",
        _ => Kind,
    };
}

/// <summary>How much of one report the others share, and what it alone says.</summary>
public sealed record CoverageView(
    ReportRef Report,
    int SentenceCount,
    double SharedShare,
    ReportRef? Closest,
    double ClosestShare,
    IReadOnlyList<string> UniqueSentences)
{
    /// <summary>Nearly all of it is also in one other report: a copy of the same wire story.</summary>
    public bool IsNearCopy => Closest is not null && ClosestShare >= 0.8;
}
