using System.Text;
using NewsAggregator.Core.Comparison;

namespace NewsAggregator.Core.Tests.Comparison;

public class RobustnessTests
{
    private const string Alphabet = "abcdefghij ABCDEFG    0123456789.,;:!?-—'’\"“”„«»$€%()[]/\n\t…U.S.";

    private static readonly string[] Fragments =
    [
        "\" said", "“", "”", "he said", ", saying, “", "$", "12,000", "as many as", "U.S.", "Mr.", "-year-old",
        "twenty-five", "a dozen", "p.m.", " of the ", "F-16", "’s", "...", "\"\"", "“”", "said Smith", "President ",
    ];

    [Fact]
    public void SurvivesArbitraryText()
    {
        var random = new Random(7);
        for (var story = 0; story < 30; story++)
        {
            var articles = Enumerable.Range(0, 1 + random.Next(4))
                .Select(id => new ComparisonInput(id, "x", [.. Enumerable.Range(0, random.Next(6)).Select(_ => Noise(random))]))
                .ToList();

            var result = StoryComparer.Compare(articles);

            Assert.Equal(articles.Count, result.Coverage.Count);
        }
    }

    private static string Noise(Random random)
    {
        var text = new StringBuilder();
        var length = random.Next(200);
        while (text.Length < length)
        {
            if (random.Next(4) == 0)
            {
                text.Append(Fragments[random.Next(Fragments.Length)]);
            }
            else
            {
                text.Append(Alphabet[random.Next(Alphabet.Length)]);
            }
        }

        return text.ToString();
    }
}
