using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Contributor credits: the wire services an article came from and the "X contributed to this
/// report" lines at its end. These say who wrote the story, so they are kept as metadata, not as
/// article text.
/// </summary>
internal static partial class Credits
{
    private const int MaxCreditLines = 3;

    private static readonly (string Name, Regex Pattern)[] Wires =
    [
        ("Associated Press", AssociatedPress()),
        ("Reuters", Reuters()),
        ("Agence France-Presse", AgenceFrancePresse()),
        ("United Press International", UnitedPress()),
        ("Bloomberg", Bloomberg()),
    ];

    /// <summary>True when the line credits reporters or a wire service rather than telling the story.</summary>
    public static bool IsCreditLine(string line) =>
        line.Length <= 600 && ((MayCreditReporters(line) && CreditPhrase().IsMatch(line)) || (StartsWithDash(line) && ReportedFrom().IsMatch(line)));

    /// <summary>
    /// False when <see cref="CreditPhrase"/> cannot match: each of its alternatives needs one of
    /// <see cref="CreditWords"/>. Only for ASCII lines, where ignoring case is plain ASCII folding;
    /// elsewhere the pattern's own case rules decide.
    /// </summary>
    private static bool MayCreditReporters(string line) => !Ascii.IsValid(line) || line.AsSpan().ContainsAny(CreditWords);

    private static readonly SearchValues<string> CreditWords =
        SearchValues.Create(["contribut", "reporting", "writing", "editing", "compiled", "research"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Takes credit lines off the end of the body (at most a few, read backwards, stopping at
    /// the first story line) and returns them cleaned, in reading order.
    /// </summary>
    public static List<string> TakeTrailing(List<TextLine> lines)
    {
        var credits = new List<string>();
        while (lines.Count > 1 && credits.Count < MaxCreditLines && IsCreditLine(lines[^1].Text))
        {
            credits.Insert(0, Clean(lines[^1].Text));
            lines.RemoveAt(lines.Count - 1);
        }

        return credits;
    }

    /// <summary>The wire services named in a credit, copyright line or dateline, in a fixed order.</summary>
    public static IEnumerable<string> WiresIn(string text) =>
        Wires.Where(w => w.Pattern.IsMatch(text)).Select(w => w.Name);

    /// <summary>The wire named by an opening dateline ("WASHINGTON (AP) — ..."), or null.</summary>
    public static string? WireInDateline(string lead)
    {
        var match = Dateline().Match(lead);
        return match.Success ? WiresIn(match.Value).FirstOrDefault() : null;
    }

    private static bool StartsWithDash(string line) => line.Length > 0 && line[0] is '—' or '–' or '-';

    private static string Clean(string line) => line.TrimStart('—', '–', '-', ' ', '(').TrimEnd(')', ' ');

    [GeneratedRegex(@"\bcontribut(?:ed|ing)(?: reporting| to (?:this|the) (?:report|story|article))|^\(?(?:additional |with )?(?:reporting|writing|editing|compiled|research) (?:by|from)\b|^\(?the associated press contributed\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CreditPhrase();

    [GeneratedRegex(@"\breport(?:ed|ing) (?:from|in)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReportedFrom();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}\p{Lu} .,'’\-]{1,60}\((?:AP|Reuters|AFP|UPI|Bloomberg)\)\s*[—–\-:]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"\bAssociated Press\b|\(AP\)|\bAP (?:writers?|reporters?|correspondents?|photographers?)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AssociatedPress();

    [GeneratedRegex(@"\bReuters\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Reuters();

    [GeneratedRegex(@"\bAgence France[- ]Presse\b|\bAFP\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AgenceFrancePresse();

    [GeneratedRegex(@"\bUnited Press International\b|\(UPI\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnitedPress();

    [GeneratedRegex(@"\bBloomberg News\b|\(Bloomberg\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bloomberg();
}
