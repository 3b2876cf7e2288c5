using System.Text.RegularExpressions;

namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Recognises lines that are just a person's name ("Jimmy Williams", "J. Williams") and byline
/// lines ("By Jane Doe and John Roe"). Names are 2-4 capitalised words; initials and the usual
/// lowercase particles ("de", "van") are allowed, ordinary headline words are not.
/// </summary>
internal static partial class PersonName
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "da", "di", "del", "della", "van", "von", "der", "den", "la", "le", "du", "dos", "bin", "al", "ibn",
    };

    /// <summary>Capitalised words that name things other than people; a line holding one is no name.</summary>
    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "and", "of", "in", "on", "at", "for", "to", "with", "is", "are", "was", "about",
        "news", "breaking", "live", "update", "updates", "report", "reports", "related", "share", "menu", "home",
        "search", "advertisement", "photo", "photos", "video", "videos", "read", "more", "comments", "comment",
        "reply", "also", "check", "exit", "top", "stories", "story", "latest", "opinion", "sports", "politics",
        "world", "business", "editorial", "analysis", "subscribe", "newsletter", "contact", "us", "follow",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "today", "yesterday", "staff", "writer", "reporter", "editor", "correspondent", "posted", "updated",
        "published", "trending", "popular", "recommended", "next", "previous", "tags", "filed", "under",
        "press", "agency", "times", "post", "journal", "herald", "tribune", "daily", "gazette", "network",
        "llc", "inc", "ltd", "corp", "co", "group", "company", "entertainment", "media", "university", "college",
        "president", "minister", "senator", "governor", "mayor", "chief", "police", "secretary", "general",
        "director", "member", "deputy", "sheriff", "officer", "official", "spokesman", "spokeswoman", "judge",
        "coach", "captain", "gang", "held", "dies", "dead", "killed", "rumor", "rumour", "new", "old", "big",
    };

    public static bool IsNameLine(string line)
    {
        // Most lines are ruled out by their length or word count, before any word is cut out.
        if (line.Length > 50 || LineShape.WordCount(line) is < 2 or > 4)
        {
            return false;
        }

        var words = LineShape.Words(line);

        var capitalised = 0;
        foreach (var word in words)
        {
            if (Particles.Contains(word))
            {
                continue;
            }

            if (NotNameWords.Contains(word.TrimEnd('.')) || !NameWord().IsMatch(word) || NounEnding().IsMatch(word))
            {
                return false;
            }

            capitalised++;
        }

        return capitalised >= 2 && !words[^1].EndsWith('.');
    }

    /// <summary>Reads "By Jane Doe", "Written by Jane Doe and John Roe", "Author: Jane Doe".</summary>
    public static bool TryReadByline(string line, out string byline)
    {
        byline = "";
        var match = BylinePrefix().Match(line);
        if (!match.Success || line.Length > 120)
        {
            return false;
        }

        // Keep the leading run of names; whatever follows a comma may be a role or an outlet.
        var names = new List<string>();
        foreach (var part in NameSeparator().Split(line[match.Length..].Trim()))
        {
            var candidate = part.Trim();
            if (candidate.Length == 0)
            {
                continue;
            }

            if (!IsNameLine(candidate) && !IsSingleCapitalisedName(candidate))
            {
                break;
            }

            names.Add(candidate);
        }

        if (names.Count == 0)
        {
            return false;
        }

        byline = names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " and " + names[^1];
        return true;
    }

    /// <summary>The last name word of a name line, used to tell a subject's label from an author.</summary>
    public static string Surname(string name) => LineShape.Words(name)[^1];

    private static bool IsSingleCapitalisedName(string word) =>
        !word.Contains(' ', StringComparison.Ordinal) && NameWord().IsMatch(word) && !NotNameWords.Contains(word) && word.Length > 2;

    [GeneratedRegex(@"^(?:\p{Lu}[\p{Ll}\p{Lu}'’\-]*\p{L}|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{Ll}]*\.)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameWord();

    /// <summary>Endings of abstract nouns and possessives ("Circumstances", "Deputy's"), which names hardly ever have.</summary>
    [GeneratedRegex(@"(?:tion|sion|ment|ness|ances?|ences?|ities|ity|ism|ship|ics|['’]s)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NounEnding();

    [GeneratedRegex(@"^(?:(?:written|posted|reported|words|story|text)\s+)?by\s+|^(?:author|authors|byline|reporter)\s*:\s*", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BylinePrefix();

    [GeneratedRegex(@"\s*(?:,|&|\band\b|\|)\s*", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NameSeparator();
}
