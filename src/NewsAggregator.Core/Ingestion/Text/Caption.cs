using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Recognises photo captions left in the text: a short, quote-free line with a photo credit, or
/// one whose grammar is a caption's — a named subject followed straight by a participle and no
/// finite verb ("President Joe Biden speaking from the Oval Office"). Prose says "Biden spoke" or
/// "Biden, speaking on Monday, said"; captions do not.
/// </summary>
internal static partial class Caption
{
    public static bool IsCaption(string line)
    {
        var words = LineShape.WordCount(line);
        if (words is < 2 or > 40 || LineShape.ContainsQuote(line))
        {
            return false;
        }

        if (MayNameACredit(line) && PhotoCredit().IsMatch(line))
        {
            return true;
        }

        return words <= 30
            && line.AsSpan().ContainsAny(Participles)
            && !OpensWithSubordinator().IsMatch(line)
            && !MoreThanOneSentence().IsMatch(line)
            && SubjectThenParticipleLength(line) is var subject and > 0
            && !FiniteVerb().IsMatch(line.AsSpan(subject));
    }

    /// <summary>How long the line's opening "Jane Doe speaking" is, or 0 when it has none.</summary>
    private static int SubjectThenParticipleLength(string line)
    {
        // A value match, not a Match object: most lines are tried, and objects for each added up.
        foreach (var match in SubjectThenParticiple().EnumerateMatches(line))
        {
            return match.Length;
        }

        return 0;
    }

    /// <summary>
    /// False when <see cref="PhotoCredit"/> cannot match, found by a vectorised search that costs a
    /// fraction of the pattern's: each of its alternatives needs a "(", a ":" or one of these words.
    /// </summary>
    private static bool MayNameACredit(string line) =>
        line.AsSpan().IndexOfAny('(', ':') >= 0 || line.AsSpan().IndexOfAny(CreditWords) >= 0;

    /// <summary>
    /// The participles <see cref="SubjectThenParticiple"/> ends with: a line with none of them cannot
    /// match it, and most lines are ruled out by this vectorised search before any pattern runs.
    /// </summary>
    private static readonly SearchValues<string> Participles = SearchValues.Create(
        ["speaking", "seen", "pictured", "shown", "photographed", "gesturing", "arriving", "attending", "delivering",
         "addressing", "listening", "waving", "walking", "standing", "sitting", "posing", "holding", "greeting",
         "looking on", "leaving", "departing", "boarding", "talking", "testifying", "visiting", "celebrating",
         "reacting", "smiling", "shaking hands"],
        StringComparison.Ordinal);

    private static readonly SearchValues<string> CreditWords =
        SearchValues.Create(["photo", "image", "picture", "caption"], StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\((?:AP|Reuters|AFP|EPA|Getty|File)\b[^)]*\)\s*$|\b(?:AP|Reuters|AFP|EPA) Photo\b|\bGetty Images\b|^(?:photo|photograph|image|picture|file photo|pictured|image caption|image source|media caption|caption)\s*[:,]|\b(?:photo|image|picture) (?:by|credit|courtesy)\b|\bPhoto:\s|\bCredit:\s", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PhotoCredit();

    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}.'’\-]*,?\s+(?:(?:and|of|the|de|van|von)\s+)?){1,6}(?:speaking|seen|pictured|shown|photographed|gesturing|arriving|attending|delivering|addressing|listening|waving|walking|standing|sitting|posing|holding|greeting|looking on|leaving|departing|boarding|talking|testifying|visiting|celebrating|reacting|smiling|shaking hands)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectThenParticiple();

    [GeneratedRegex(@"\b(?:said|says|say|told|tells|has|have|had|will|would|was|were|is|are|can|could|did|does|do|should|may|might|must|announced|warned|added|believes|thinks)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FiniteVerb();

    /// <summary>"After leaving rehab, ..." opens a sentence with a clause, not a caption with its subject.</summary>
    [GeneratedRegex(@"^(?:After|Before|When|While|Since|Upon|Once|Until|Despite|Without|By|In|On|At|For|From|With|As|If|Though|Although)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OpensWithSubordinator();

    [GeneratedRegex(@"[a-z0-9)]\.\s+\p{Lu}\p{Ll}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MoreThanOneSentence();
}
