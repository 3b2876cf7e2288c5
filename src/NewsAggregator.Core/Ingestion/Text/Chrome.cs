using System.Buffers;
using System.Text.RegularExpressions;

namespace NewsAggregator.Core.Ingestion.Text;

/// <summary>
/// Recognises site furniture by its wording: the phrases content-management systems and news
/// sites put around an article (share buttons, cookie notices, "Leave a Reply", "Check Also").
/// Matching is on whole short lines or fixed openings, so article sentences that merely mention
/// cookies or replies are left alone.
/// </summary>
internal static partial class Chrome
{
    /// <summary>Names of share targets: a line made only of these (and filler words) is a row of buttons.</summary>
    private static readonly HashSet<string> ShareTargets = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "shares", "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "print",
        "reddit", "pinterest", "telegram", "messenger", "sms", "tumblr", "pin", "flipboard", "threads", "bluesky", "mastodon",
    };

    private static readonly HashSet<string> ShareFillers = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "on", "it", "article", "story", "link", "copy", "save", "gift", "comment", "comments",
    };

    /// <summary>Lines that are furniture wherever they appear: cookie banners, share rows, ads, inline links to other stories.</summary>
    public static bool IsAnywhere(string line) => IsAnywhere(line, Key(line));

    /// <summary><see cref="IsAnywhere(string)"/> for a line whose <see cref="Key(string)"/> is known.</summary>
    public static bool IsAnywhere(string line, ReadOnlySpan<char> key)
    {
        if (key.Length == 0)
        {
            return false;
        }

        if (line.Length < 500 && MayMentionCookies(line) && CookieNotice().IsMatch(line))
        {
            return true;
        }

        if (line.Length < 80 && IsShareRow(line))
        {
            return true;
        }

        return AnywhereLine().IsMatch(key) || InlineLink().IsMatch(line) || OutletOnAggregator(line) is not null;
    }

    /// <summary>Furniture seen after the article: follow/subscribe prompts, copyright, tip lines, tags.</summary>
    public static bool IsTrailing(string line) => IsTrailing(line, Key(line));

    /// <summary><see cref="IsTrailing(string)"/> for a line whose <see cref="Key(string)"/> is known.</summary>
    public static bool IsTrailing(string line, ReadOnlySpan<char> key) =>
        TrailingLine().IsMatch(key) || TrailingOpening().IsMatch(line) || OutletOnAggregator(line) is not null;

    /// <summary>
    /// A line after which nothing belongs to the article: comment forms, "Check Also" and
    /// related-story teasers, the author box. <paramref name="author"/> is the name an
    /// "About Jane Doe" box gives.
    /// </summary>
    public static bool IsCutMarker(string line, out string? author)
    {
        author = null;
        var buffer = ArrayPool<char>.Shared.Rent(line.Length);
        var cut = CutLine().IsMatch(Key(line, buffer));
        ArrayPool<char>.Shared.Return(buffer);
        if (cut)
        {
            return true;
        }

        var about = AuthorBox().Match(line);
        if (about.Success && PersonName.IsNameLine(about.Groups[1].Value))
        {
            author = about.Groups[1].Value;
            return true;
        }

        return about.Success && about.Groups[1].Value.Equals("the author", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A heading over links to other stories ("Related coverage", "More from World"). Such blocks
    /// also sit inside articles, so only the link lines under the heading go, not the rest.
    /// </summary>
    public static bool IsTeaserHeading(string line) => IsTeaserHeadingKey(Key(line));

    /// <summary><see cref="IsTeaserHeading"/> for a line's <see cref="Key(string)"/>.</summary>
    public static bool IsTeaserHeadingKey(ReadOnlySpan<char> key) => TeaserHeading().IsMatch(key);

    /// <summary>Navigation at the very top ("Skip to content", "Site icon NJTODAY.NET"); <paramref name="outlet"/> is a named site.</summary>
    public static bool IsTop(string line, out string? outlet)
    {
        outlet = null;
        var site = SiteIcon().Match(line);
        if (site.Success)
        {
            outlet = site.Groups[1].Value.Trim();
            return true;
        }

        return TopLine().IsMatch(Key(line)) || Breadcrumb().IsMatch(line);
    }

    /// <summary>The outlet a "Follow Example News on Google News" line names, or null.</summary>
    public static string? OutletOnAggregator(string line)
    {
        // Most lines name no aggregator at all: a plain search rules them out before the pattern runs.
        if (line.AsSpan().IndexOfAny(Aggregators) < 0)
        {
            return null;
        }

        var match = OnAggregator().Match(line);
        return match.Success && LineShape.WordCount(match.Groups[1].Value) <= 5 ? match.Groups[1].Value.Trim() : null;
    }

    /// <summary>
    /// False when <see cref="CookieNotice"/> cannot match, found by a vectorised search that costs a
    /// fraction of the pattern's: each of its alternatives needs one of these phrases. The pattern
    /// ignores case as regular expressions do, letting the Kelvin sign stand for "k"; ordinal
    /// search does not, so a line with one is left to the pattern.
    /// </summary>
    private static bool MayMentionCookies(string line) =>
        line.AsSpan().IndexOfAny(CookiePhrases) >= 0 || line.Contains('\u212A', StringComparison.Ordinal);

    private static readonly SearchValues<string> CookiePhrases =
        SearchValues.Create(["cookie", "by continuing", "by using"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> Aggregators =
        SearchValues.Create(["google news", "apple news", "flipboard", "msn"], StringComparison.OrdinalIgnoreCase);

    /// <summary>A row of share buttons: only share targets and filler words, at least one target.</summary>
    private static bool IsShareRow(string line)
    {
        var target = false;
        foreach (var range in line.AsSpan().Split(' '))
        {
            var word = line.AsSpan(range).Trim(":|.!•");
            if (word.Length == 0)
            {
                continue;
            }

            if (ShareTargetWords.Contains(word))
            {
                target = true;
            }
            else if (!ShareFillerWords.Contains(word))
            {
                return false;
            }
        }

        return target;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareTargetWords = ShareTargets.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShareFillerWords = ShareFillers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Lower case, trimmed of the punctuation buttons and labels wear (":", "»", "|", "…").</summary>
    public static string Key(string line) => line.AsSpan().Trim(KeyTrim).ToString().ToLowerInvariant();

    /// <summary>
    /// <see cref="Key(string)"/> written into <paramref name="buffer"/>, which must be at least as
    /// long as the line: asked for every line of every file, a new string each time added up.
    /// </summary>
    public static ReadOnlySpan<char> Key(string line, Span<char> buffer)
    {
        // Invariant lower-casing maps char for char, so the key is as long as the trimmed line.
        var length = line.AsSpan().Trim(KeyTrim).ToLowerInvariant(buffer);
        return buffer[..length];
    }

    private const string KeyTrim = " :»«|><….!-–—•·›‹→+";

    [GeneratedRegex(@"\b(?:we|this (?:web ?site|site|page)|our (?:web ?site|site|partners))\b[^.]{0,60}\b(?:uses?|serves?|stores?)\b[^.]{0,30}\bcookies?\b|\bcookies? (?:policy|settings|preferences|consent)\b|\baccept (?:all )?cookies\b|\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:web ?site|site)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CookieNotice();

    [GeneratedRegex(@"^(?:\d{1,2} min(?:ute)?s? read|exit mobile version|advertisement|advertising|sponsored(?: content)?|ad|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue|click to share on \w+.*|share this(?: article| story| post)?|share via.*|share on \w+|listen to this article|print this (?:article|page)|font size|text size)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnywhereLine();

    [GeneratedRegex(@"^(?:related|read more|read also|also read|see also|more|recommended|must read|don't miss|dont miss|trending|most read)\s*:\s+\S", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InlineLink();

    [GeneratedRegex(@"^(?:read more|read full (?:article|story)|view comments|show comments|exit mobile version|subscribe|subscribe now|sign up|sign up now|follow us|like us on facebook|all rights reserved|back to top|report an error|contact us|loading|like this|share this|related|tags|posted in .{1,60}|filed under .{1,60}|categories?|topics?)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrailingLine();

    [GeneratedRegex(@"^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\)|\d{4})|all rights reserved|submit (?:a )?press releases?|send (?:us )?(?:your )?news tips|have a (?:news )?tip|got a (?:news )?tip|follow us (?:on|@)|follow @|subscribe to (?:our|the)\b|sign up (?:for|to) (?:our|the)\b|get (?:our|the) (?:daily |weekly |free )?newsletter|join our (?:newsletter|mailing list|telegram|whatsapp)|download (?:our|the) app|tags?\s*:|filed under\s*:|categories\s*:|this (?:article|story) (?:was )?(?:originally|first) (?:published|appeared)|originally published (?:on|at|by|in)\b|click here to (?:subscribe|read|follow|join)|we want to hear from you|our standards\s*:|reporting errors?\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrailingOpening();

    [GeneratedRegex(@"^(?:follow\s+)?(.{2,60}?)\s+on\s+(?:google news|apple news|flipboard|msn)\s*\W*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OnAggregator();

    [GeneratedRegex(@"^(?:check also|leave a reply|leave a comment|post a comment|add a comment|comments|\d+ comments?|join the conversation|you may also like|you might also like|you may like|you may have missed|read next|up next|what to read next|post navigation|previous article|next article|previous post|next post|about the author|about author|author box)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CutLine();

    [GeneratedRegex(@"^(?:related|related (?:posts|articles|stories|news|content|coverage|reading|links|videos?)|read also|also read|see also|further reading|more coverage|recommended(?: for you| stories| articles| reading)?|more from .{1,40}|more in .{1,40}|more stories|more news|more on this story|trending|trending now|trending stories|most read|most popular|popular posts|popular stories|in case you missed it|latest news|latest posts|latest stories|also on .{1,40}|top stories)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TeaserHeading();

    [GeneratedRegex(@"^About\s+(.{3,50})$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AuthorBox();

    [GeneratedRegex(@"^Site (?:icon|logo)\s+(\S.{0,60})$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SiteIcon();

    /// <summary>"Home » World » Europe": short items joined by arrows or led by "Home".</summary>
    [GeneratedRegex(@"^(?:[^»›>|/]{1,30}\s*[»›>]\s*){1,5}[^»›>|/]{1,30}$|^Home\s*[|/]\s*[^|/]{1,30}(?:\s*[|/]\s*[^|/]{1,30}){0,4}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"^(?:skip to (?:main )?content|skip to navigation|toggle navigation|menu|main menu|open menu|close menu|search|home|navigation|sign in|log in|login|register|subscribe|breaking news|trending|watch live|listen live)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TopLine();
}
