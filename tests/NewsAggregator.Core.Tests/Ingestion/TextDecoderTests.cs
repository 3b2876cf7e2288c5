using System.Text;
using NewsAggregator.Core.Ingestion;

namespace NewsAggregator.Core.Tests.Ingestion;

public class TextDecoderTests
{
    [Fact]
    public void DecodesUtf8WithAndWithoutBom()
    {
        var plain = Encoding.UTF8.GetBytes("Zelenskyy’s address");
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. plain];

        Assert.True(TextDecoder.TryDecode(plain, out var a, out _));
        Assert.True(TextDecoder.TryDecode(withBom, out var b, out _));
        Assert.Equal("Zelenskyy’s address", a);
        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DecodesUtf16WithBom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("Kyiv – Sumy")];

        Assert.True(TextDecoder.TryDecode(bytes, out var text, out _));
        Assert.Equal("Kyiv – Sumy", text);
    }

    [Fact]
    public void RejectsInvalidUtf8WithItsPosition()
    {
        byte[] bytes = [.. "caf"u8, 0xE9, .. " au lait"u8];

        Assert.False(TextDecoder.TryDecode(bytes, out _, out var error));
        Assert.Contains("not valid UTF-8", error);
        Assert.Contains("byte 3", error);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00 }, "binary")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "no text")]
    public void RejectsWhatIsNotText(byte[] bytes, string reason)
    {
        Assert.False(TextDecoder.TryDecode(bytes, out _, out var error));
        Assert.Contains(reason, error);
    }
}
