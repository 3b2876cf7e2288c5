namespace NewsAggregator.Core.Comparison;

/// <summary>One number found in a sentence, with what it counts and how it was hedged.</summary>
/// <param name="Key">What is counted, normalised: a singular head noun ("troop"), a unit ("mile") or a symbol ("$", "%").</param>
/// <param name="Counted">The counted thing as written ("troops", "miles", "$").</param>
/// <param name="Modifier">Capitalised qualifier in front of the noun ("North Korean"), if any.</param>
/// <param name="Value">In the key's unit, scale applied: "$56.2 billion" → 56.2e9, "300 km" → miles.</param>
/// <param name="Display">The number as written, with currency, scale and unit: "$56.2 billion", "190 miles".</param>
/// <param name="Hedge">The qualifier in front of the number ("as many as", "estimated"), if any.</param>
/// <param name="Phrase">The whole mention with its hedge: "as many as 12,000 North Korean troops".</param>
internal sealed record FigureMention(
    string Key,
    string Counted,
    string? Modifier,
    double Value,
    string Display,
    string? Hedge,
    string Phrase);
