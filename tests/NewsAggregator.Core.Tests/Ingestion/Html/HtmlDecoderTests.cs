using System.Text;
using NewsAggregator.Core.Ingestion.Html;

namespace NewsAggregator.Core.Tests.Ingestion.Html;

public class HtmlDecoderTests
{
    static HtmlDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static string Decode(byte[] bytes)
    {
        Assert.True(HtmlDecoder.TryDecode(bytes, out var text, out var error), error);
        return text;
    }

    [Fact]
    public void DecodesUtf8WithByteOrderMark()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("<p>Zelenskyy’s address</p>")];

        Assert.Equal("<p>Zelenskyy’s address</p>", Decode(bytes));
    }

    [Fact]
    public void DecodesWindows1252FromMetaCharset()
    {
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes("<meta charset=\"windows-1252\"><p>“Café” – naïve</p>");

        Assert.Contains("<p>“Café” – naïve</p>", Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void DecodesShiftJisFromMetaCharset()
    {
        var bytes = Encoding.GetEncoding("shift_jis").GetBytes("<meta charset=\"Shift_JIS\"><p>東京の天気は晴れです。</p>");

        Assert.Contains("東京の天気は晴れです。", Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void DecodesIso8859FromHttpEquivContentType()
    {
        const string page = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"><p>Łódź i Gdańsk</p>";
        var bytes = Encoding.GetEncoding("iso-8859-2").GetBytes(page);

        Assert.Contains("Łódź i Gdańsk", Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void TreatsLatin1LabelAsWindows1252LikeBrowsers()
    {
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes("<meta charset=\"iso-8859-1\"><p>“quoted”</p>");

        Assert.Contains("“quoted”", Decode(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void FallsBackToWindows1252WhenUndeclaredBytesAreNotUtf8()
    {
        var bytes = Encoding.GetEncoding("windows-1252").GetBytes("<p>Crème brûlée</p>");

        Assert.Equal("<p>Crème brûlée</p>", Decode(bytes));
    }

    [Fact]
    public void PrefersValidUtf8OverAStaleLegacyDeclaration()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"gb2312\"><p>谷歌收购的人工智能公司</p>");

        Assert.Contains("谷歌收购的人工智能公司", Decode(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D }, "PNG")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF")]
    [InlineData(new byte[] { 0x3C, 0x70, 0x3E, 0x00, 0x01, 0x02, 0x03, 0x00 }, "binary")]
    public void RefusesBinaryData(byte[] bytes, string expected)
    {
        Assert.False(HtmlDecoder.TryDecode(bytes, out _, out var error));
        Assert.Contains(expected, error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void RefusesPagesOverTheSizeLimit()
    {
        var bytes = new byte[HtmlDecoder.MaxBytes + 1];
        Array.Fill(bytes, (byte)'a');

        Assert.False(HtmlDecoder.TryDecode(bytes, out _, out var error));
        Assert.Contains("50 MB", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAnEmptyFile()
    {
        Assert.False(HtmlDecoder.TryDecode([], out _, out var error));
        Assert.Contains("empty", error, StringComparison.Ordinal);
    }
}
