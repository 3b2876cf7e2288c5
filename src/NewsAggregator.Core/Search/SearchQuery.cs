using System.Text;

namespace NewsAggregator.Core.Search;

/// <summary>
/// A reader's search text turned into an FTS5 MATCH expression, or the reason it cannot be.
/// Bare words become prefix terms ("zelensky" also finds "Zelenskyy", "missile" finds "missiles");
/// quoted text stays an exact phrase; AND, OR, NOT and parentheses pass through for FTS5 to judge.
/// Every word is quoted, so punctuation in it can never be read as FTS5 syntax.
/// </summary>
public sealed record SearchQuery(string Text, string? Expression, string? Problem)
{
    public const int MaxLength = 300;

    /// <summary>Prefix matching on one or two letters would match half the index; shorter words stay exact.</summary>
    private const int MinPrefixLength = 3;

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT" };

    public bool IsValid => Expression is not null;

    public static SearchQuery Parse(string? text)
    {
        text = (text ?? "").Trim();
        if (text.Length == 0)
        {
            return new SearchQuery(text, null, "Type a word or a \"quoted phrase\" to search for.");
        }

        if (text.Length > MaxLength)
        {
            return new SearchQuery(text, null, $"The search is too long: keep it under {MaxLength} characters.");
        }

        if (text.Count(c => c == '"') % 2 != 0)
        {
            return new SearchQuery(text, null, "A quotation mark is not closed: put phrases between two \" marks.");
        }

        var parts = new List<string>();
        var terms = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '"')
            {
                var end = text.IndexOf('"', i + 1);
                var phrase = text[(i + 1)..end];
                if (HasWordCharacter(phrase))
                {
                    parts.Add(Quote(phrase));
                    terms++;
                }

                i = end + 1;
            }
            else if (c is '(' or ')')
            {
                parts.Add(c.ToString());
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '(' or ')'))
                {
                    i++;
                }

                var word = text[start..i];
                if (Operators.Contains(word))
                {
                    parts.Add(word);
                }
                else if (HasWordCharacter(word))
                {
                    var bare = word.TrimEnd('*');
                    parts.Add(CountWordCharacters(bare) >= MinPrefixLength || word.EndsWith('*') ? Quote(bare) + "*" : Quote(bare));
                    terms++;
                }
            }
        }

        return terms == 0
            ? new SearchQuery(text, null, "The search has no words in it: type a word or a \"quoted phrase\".")
            : new SearchQuery(text, string.Join(' ', parts), null);
    }

    /// <summary>For a query FTS5 itself rejects (a lone AND, unbalanced brackets).</summary>
    public SearchQuery Rejected() =>
        this with { Expression = null, Problem = "The search could not be understood. Use words, \"quoted phrases\", and AND, OR or NOT between terms." };

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c == '"' ? "\"\"" : c.ToString());
        }

        return builder.Append('"').ToString();
    }

    private static bool HasWordCharacter(string text) => text.Any(char.IsLetterOrDigit);

    private static int CountWordCharacters(string text) => text.Count(char.IsLetterOrDigit);
}
