using System.Globalization;

namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Metadata a person wrote at the top of the file between two "---" lines. These values are
/// stated, not guessed, so they override anything the parser infers.
/// </summary>
internal sealed record FrontMatter
{
    public static readonly FrontMatter None = new();

    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Url { get; init; }
    public string? Language { get; init; }
}

/// <summary>
/// Reads an optional front matter block:
/// <code>
/// ---
/// title: Biden approves deeper strikes
/// outlet: Example News
/// author: Jane Doe
/// published: 2024-11-17
/// url: https://example.com/story
/// ---
/// </code>
/// Keys are case-insensitive and unknown keys are ignored, so files written for other tools
/// still load. A file whose first line is "---" but whose next line is no "key: value" pair is not
/// front matter at all; the line is then just a rule.
/// </summary>
internal static class FrontMatterReader
{
    private const int MaxLines = 50;

    /// <returns>
    /// The front matter and the index of the first line after it, or an error a person can fix
    /// (an unclosed block, a date that cannot be read).
    /// </returns>
    public static (FrontMatter FrontMatter, int BodyStart, string? Error) Read(IReadOnlyList<string> lines)
    {
        var start = 0;
        while (start < lines.Count && lines[start].Length == 0)
        {
            start++;
        }

        if (start >= lines.Count - 1 || lines[start] != "---" || !TrySplit(lines[start + 1], out _, out _))
        {
            return (FrontMatter.None, 0, null);
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = start + 1; i < lines.Count && i <= start + MaxLines; i++)
        {
            if (lines[i] is "---" or "...")
            {
                return Build(values, i + 1);
            }

            if (TrySplit(lines[i], out var key, out var value))
            {
                values[key] = value;
            }
        }

        return (FrontMatter.None, 0, $"the front matter that starts on line {start + 1} is not closed with a '---' line");
    }

    private static (FrontMatter, int, string?) Build(Dictionary<string, string> values, int bodyStart)
    {
        DateTimeOffset? published = null;
        if (values.TryGetValue("published", out var rawDate) || values.TryGetValue("date", out rawDate))
        {
            if (!DateTimeOffset.TryParse(rawDate, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return (FrontMatter.None, 0, $"front matter 'published' value '{rawDate}' is not a date (write it like 2024-11-17 or 2024-11-17T14:30:00Z)");
            }

            published = parsed;
        }

        var url = Value(values, "url");
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
        {
            return (FrontMatter.None, 0, $"front matter 'url' value '{url}' is not an http(s) address");
        }

        var frontMatter = new FrontMatter
        {
            Title = Value(values, "title"),
            Outlet = Value(values, "outlet") ?? Value(values, "source") ?? Value(values, "site"),
            Author = Value(values, "author") ?? Value(values, "byline"),
            Published = published,
            Url = url,
            Language = Value(values, "language") ?? Value(values, "lang"),
        };
        return (frontMatter, bodyStart, null);
    }

    private static string? Value(Dictionary<string, string> values, string key) =>
        values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    private static bool TrySplit(string line, out string key, out string value)
    {
        key = value = "";
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !line[..colon].All(c => char.IsLetterOrDigit(c) || c is '_' or '-'))
        {
            return false;
        }

        key = line[..colon];
        value = Unquote(line[(colon + 1)..].Trim());
        return true;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\''))
            ? value[1..^1].Trim()
            : value;
}
