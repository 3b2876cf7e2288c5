using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsAggregator.Core.Ingestion.Html;

public enum ExtractionFormat
{
    Text,
    Json,
}

/// <summary>The outcome of extracting one page file, for the extract verb.</summary>
public sealed record HtmlExtractionResult(string Path, ParsedArticle? Article, string? Error)
{
    public bool Succeeded => Article is not null;
}

/// <summary>
/// Everything the <c>extract</c> verb does apart from parsing its arguments: expanding folders,
/// extracting, and rendering articles as text or JSON to the console or to an output folder.
/// </summary>
public static class ExtractionOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly HtmlArticleParser Parser = new();

    /// <summary>The pages named by <paramref name="paths"/>: files as given, folders as their .html/.htm files (recursively, sorted).</summary>
    public static IEnumerable<(string Path, string? Error)> ExpandInputs(IEnumerable<string> paths)
    {
        var named = paths.Where(File.Exists).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, error) in ImportFiles.Expand(paths))
        {
            // A file named outright is tried whatever its name; inside folders only pages are taken.
            if (error is not null || named.Contains(path) || IsHtml(path))
            {
                yield return (path, error);
            }
        }
    }

    public static HtmlExtractionResult Extract(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > HtmlDecoder.MaxBytes)
            {
                return new HtmlExtractionResult(path, null, $"the page is {info.Length / (1024.0 * 1024.0):0.#} MB, over the {HtmlDecoder.MaxBytes / (1024 * 1024)} MB limit for HTML files");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new HtmlExtractionResult(path, null, $"cannot read the file: {ex.Message}");
        }

        var result = Parser.Parse(bytes, Path.GetFileName(path));
        return new HtmlExtractionResult(path, result.Article, result.Error);
    }

    /// <summary>The main text: one block per paragraph, separated by blank lines.</summary>
    public static string RenderText(ParsedArticle article) =>
        string.Join("\n\n", article.Blocks.Select(b => b.Text)) + "\n";

    /// <summary>The article's metadata as JSON (title, byline, outlet, published, url, language), optionally with its text.</summary>
    public static string RenderJson(ParsedArticle article, bool includeText = false)
    {
        var fields = new Dictionary<string, string?>
        {
            ["title"] = article.Title,
            ["byline"] = article.Byline,
            ["outlet"] = article.Outlet,
            ["published"] = article.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["url"] = article.Url,
            ["language"] = article.Language,
        };
        if (includeText)
        {
            fields["text"] = string.Join("\n\n", article.Blocks.Select(b => b.Text));
        }

        return JsonSerializer.Serialize(fields, JsonOptions) + "\n";
    }

    /// <summary>
    /// Runs the verb: with no <paramref name="outDir"/> each article goes to <paramref name="stdout"/> in
    /// <paramref name="format"/>; with one, each page writes &lt;name&gt;.txt and &lt;name&gt;.json there.
    /// Failures go to <paramref name="stderr"/>. Returns the exit code: 0 when every page was extracted.
    /// </summary>
    public static int Run(IReadOnlyList<string> paths, string? outDir, ExtractionFormat format, TextWriter stdout, TextWriter stderr)
    {
        var failures = 0;
        var any = false;
        if (outDir is not null)
        {
            Directory.CreateDirectory(outDir);
        }

        // Pages are independent, so they are extracted on every core; results come back in input
        // order, and only this loop writes.
        var results = ExpandInputs(paths).AsParallel().AsOrdered()
            .Select(input => input.Error is null ? Extract(input.Path) : new HtmlExtractionResult(input.Path, null, input.Error));
        foreach (var result in results)
        {
            any = true;
            var path = result.Path;
            if (!result.Succeeded)
            {
                failures++;
                stderr.WriteLine($"{path}: {result.Error}");
                continue;
            }

            var article = result.Article!;
            if (outDir is null)
            {
                stdout.Write(format == ExtractionFormat.Json ? RenderJson(article, includeText: true) : RenderText(article));
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(path);
            File.WriteAllText(Path.Combine(outDir, name + ".txt"), RenderText(article), Encoding.UTF8);
            File.WriteAllText(Path.Combine(outDir, name + ".json"), RenderJson(article), Encoding.UTF8);
            stdout.WriteLine($"{path} -> {Path.Combine(outDir, name)}.txt/.json");
        }

        if (!any)
        {
            stderr.WriteLine("no .html or .htm files found");
            return 1;
        }

        return failures == 0 ? 0 : 1;
    }

    private static bool IsHtml(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm";
}
