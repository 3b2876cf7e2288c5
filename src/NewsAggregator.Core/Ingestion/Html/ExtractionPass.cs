namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// How aggressive one extraction attempt is. The first pass trusts class names and cleans hard; when
/// that leaves too little text the page is probably unusual, and later passes relax one rule at a time.
/// </summary>
internal sealed record ExtractionPass(bool StripUnlikely, bool WeighClasses, bool CleanConditionally)
{
    public static readonly IReadOnlyList<ExtractionPass> InOrder =
    [
        new(StripUnlikely: true, WeighClasses: true, CleanConditionally: true),
        new(StripUnlikely: false, WeighClasses: true, CleanConditionally: true),
        new(StripUnlikely: false, WeighClasses: false, CleanConditionally: true),
        new(StripUnlikely: false, WeighClasses: false, CleanConditionally: false),
    ];
}
