using System.Text;
using NewsAggregator.Core.Ingestion.Text;

namespace NewsAggregator.Core.Tests.Ingestion.Text;

public class ParserRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "---", "title:", "title: x", "published: 2024-13-45", "By", "By ", "About", "About J.", "Check Also", "\u00A0", "\t",
        "“", "”", ".", "?", "#", "# ", "- ", "1. A", "Site icon", "(AP) —", "—reported from", "Updated 5 / 5 /", "Jan 32, 2024",
        "Joe Biden", "speaking", "This website uses cookies", "\r", "\n", "\n\n", " ", "ç", "🙂", "\u0301", "\uFEFF", "0",
        "Harbour Budget Passes", "The council met on Tuesday and voted for the plan.", ",", ":", "…", "U.S.", "Mr.",
    ];

    [Fact]
    public void NeverThrowsOnRandomBytes()
    {
        var random = new Random(20241117);
        var parser = new TextArticleParser();
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            var result = parser.Parse(bytes, "random.txt");
            Assert.True(result.Succeeded || !string.IsNullOrWhiteSpace(result.Error));
        }
    }

    [Fact]
    public void NeverThrowsOnRandomArticleLikeText()
    {
        var random = new Random(1967);
        var parser = new TextArticleParser();
        for (var i = 0; i < 500; i++)
        {
            var text = new StringBuilder();
            var pieces = random.Next(1, 40);
            for (var p = 0; p < pieces; p++)
            {
                text.Append(Fragments[random.Next(Fragments.Length)]).Append(random.Next(3) == 0 ? "\n" : " ");
            }

            var result = parser.Parse(Encoding.UTF8.GetBytes(text.ToString()), "random.txt");
            if (result.Succeeded)
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Article!.Title), text.ToString());
                Assert.NotEmpty(result.Article.Paragraphs);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Error));
            }
        }
    }

    [Fact]
    public void HandlesAVeryLongSingleLine()
    {
        var line = string.Concat(Enumerable.Repeat("word, ", 200_000));

        var result = new TextArticleParser().Parse(Encoding.UTF8.GetBytes(line), "long.txt");

        Assert.True(result.Succeeded, result.Error);
        Assert.True(result.Article!.Title.Length <= TitleDeriver.MaxLength + 1);
    }
}
