using System.Text;
using System.Text.Unicode;
using System.Text.RegularExpressions;

namespace NewsAggregator.Core.Ingestion.Html;

/// <summary>
/// Turns the bytes of a saved page into text the way a browser would: byte order mark first, then
/// the page's own charset declaration, then UTF-8 if the bytes are valid UTF-8, else windows-1252.
/// Binary files that merely carry an .html name are refused with a reason.
/// </summary>
public static partial class HtmlDecoder
{
    /// <summary>Pages above this size are refused before any parsing work starts.</summary>
    public const int MaxBytes = 50 * 1024 * 1024;

    // Browsers look for the declaration in the first 1024 bytes; real pages often put it later,
    // after a long run of other head elements, so look further but still bounded.
    private const int DeclarationScanBytes = 64 * 1024;
    private const int BinarySniffBytes = 8 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static HtmlDecoder()
    {
        // Legacy single- and double-byte code pages (windows-1252, ISO-8859-x, Shift_JIS) ship in the
        // shared framework but are only reachable once this provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        text = "";
        if (bytes.IsEmpty)
        {
            error = "the file is empty";
            return false;
        }

        if (bytes.Length > MaxBytes)
        {
            error = $"the page is {bytes.Length / (1024.0 * 1024.0):0.#} MB, over the {MaxBytes / (1024 * 1024)} MB limit for HTML files";
            return false;
        }

        var (encoding, bomLength) = FromByteOrderMark(bytes);
        if (encoding is null && LooksBinary(bytes, out var kind))
        {
            error = $"the file holds binary data{kind}, not an HTML page";
            return false;
        }

        var body = bytes[bomLength..];
        encoding ??= PreferValidUtf8(body, FromDeclaration(body)) ?? GuessWithoutDeclaration(body);
        text = encoding.GetString(body);

        if (ControlCharactersDominate(text))
        {
            error = "the file holds binary data (control characters), not an HTML page";
            text = "";
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the file holds no text";
            text = "";
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>Maps a charset label to an encoding, following the browser aliases that matter in practice.</summary>
    internal static Encoding? ResolveLabel(string label)
    {
        var name = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (name)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return LenientUtf8;

            // Browsers decode pages labelled Latin-1 or ASCII as windows-1252: the labels are
            // routinely wrong about the curly quotes and dashes such pages hold.
            case "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "iso_8859-1" or "cp1252":
                name = "windows-1252";
                break;
            case "x-sjis" or "sjis" or "shift-jis" or "ms_kanji" or "windows-31j" or "cp932":
                name = "shift_jis";
                break;

            // A page cannot really be UTF-16 if its declaration was readable as ASCII.
            case "utf-16" or "utf-16le" or "utf-16be":
                return LenientUtf8;
            default:
                break;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static (Encoding? Encoding, int Length) FromByteOrderMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (LenientUtf8, 3);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2);
        }

        return (null, 0);
    }

    private static Encoding? FromDeclaration(ReadOnlySpan<byte> body)
    {
        // Latin-1 maps every byte to one char, so offsets and ASCII markup survive whatever the real encoding is.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, DeclarationScanBytes)]);
        foreach (Match meta in MetaTag().Matches(head))
        {
            var tag = meta.Value;
            var direct = CharsetAttribute().Match(tag);
            if (direct.Success)
            {
                return ResolveLabel(direct.Groups["label"].Value);
            }

            if (HttpEquivContentType().IsMatch(tag))
            {
                var inContent = CharsetInContent().Match(tag);
                if (inContent.Success)
                {
                    return ResolveLabel(inContent.Groups["label"].Value);
                }
            }
        }

        var xml = XmlDeclaration().Match(head);
        return xml.Success ? ResolveLabel(xml.Groups["label"].Value) : null;
    }

    /// <summary>
    /// Pages saved or re-served as UTF-8 often keep their old legacy declaration. Non-ASCII text in a
    /// legacy encoding is almost never valid UTF-8 by accident, so valid UTF-8 with multi-byte
    /// sequences overrides the declaration.
    /// </summary>
    private static Encoding? PreferValidUtf8(ReadOnlySpan<byte> body, Encoding? declared)
    {
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage)
        {
            return declared;
        }

        return !Ascii.IsValid(body) && Utf8.IsValid(body) ? LenientUtf8 : declared;
    }

    private static Encoding GuessWithoutDeclaration(ReadOnlySpan<byte> body)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(body);
            return LenientUtf8;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("windows-1252");
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes, out string kind)
    {
        kind = bytes switch
        {
            [0x25, 0x50, 0x44, 0x46, ..] => " (a PDF document)",
            [0x89, 0x50, 0x4E, 0x47, ..] => " (a PNG image)",
            [0xFF, 0xD8, 0xFF, ..] => " (a JPEG image)",
            [0x47, 0x49, 0x46, 0x38, ..] => " (a GIF image)",
            [0x50, 0x4B, 0x03, 0x04, ..] => " (a ZIP archive or Office document)",
            [0x1F, 0x8B, ..] => " (a gzip archive)",
            _ => "",
        };
        if (kind.Length > 0)
        {
            return true;
        }

        var sample = bytes[..Math.Min(bytes.Length, BinarySniffBytes)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                kind = " (NUL bytes)";
                return true;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D or 0x1B))
            {
                controls++;
            }
        }

        if (controls * 20 > sample.Length)
        {
            kind = " (control bytes)";
            return true;
        }

        return false;
    }

    private static bool ControlCharactersDominate(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, BinarySniffBytes));
        var controls = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        return controls * 20 > sample.Length;
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"\bcharset\s*=\s*[""']?(?<label>[\w.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetAttribute();

    [GeneratedRegex(@"http-equiv\s*=\s*[""']?content-type", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HttpEquivContentType();

    [GeneratedRegex(@"charset\s*=\s*(?<label>[\w.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetInContent();

    [GeneratedRegex(@"^\s*<\?xml[^>]*encoding\s*=\s*[""'](?<label>[\w.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();
}
