using System.Text;

namespace NewsAggregator.Core.Ingestion;

/// <summary>
/// Decodes the bytes of a text file: UTF-8 with or without BOM, UTF-16 with BOM. Anything else,
/// or bytes that are clearly not text, is refused with a reason rather than stored as garbage.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string? error)
    {
        text = "";
        if (bytes.IsEmpty)
        {
            error = "the file is empty";
            return false;
        }

        Encoding encoding;
        var body = bytes;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = StrictUtf8;
            body = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = StrictUtf16Le;
            body = bytes[2..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = StrictUtf16Be;
            body = bytes[2..];
        }
        else
        {
            encoding = StrictUtf8;
        }

        if (encoding == StrictUtf8 && body.Contains((byte)0))
        {
            // Text in UTF-8 never holds NUL bytes; binary files (images, archives, PDFs) nearly always do.
            error = "the file holds binary data (NUL bytes), not text";
            return false;
        }

        try
        {
            text = encoding.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" near byte {ex.Index + (bytes.Length - body.Length)}" : "";
            error = $"not valid {(encoding == StrictUtf8 ? "UTF-8" : "UTF-16")} text{at} (save the file as UTF-8)";
            return false;
        }

        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                error = "the file holds binary data (NUL characters), not text";
                return false;
            }

            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        if (controls > 0 && controls * 100 > text.Length)
        {
            error = "the file holds binary data (control characters), not text";
            return false;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            error = "the file holds no text";
            return false;
        }

        error = null;
        return true;
    }
}
