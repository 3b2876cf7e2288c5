using NewsAggregator.Core.Ingestion.Text;

namespace NewsAggregator.Core.Tests.Ingestion.Text;

public class MentionsTests
{
    [Theory]
    [InlineData("Joe Biden", true)]       // inside prose
    [InlineData("Biden", true)]
    [InlineData("Jane Smith", false)]     // only as a line of its own (a byline)
    [InlineData("Smith", true)]           // also "Smith's" in prose, possessive dropped
    [InlineData("Biden spoke", true)]
    [InlineData("Kamala Harris", false)]  // a word no line has
    [InlineData("Joe Biden spoke on Monday", false)] // longer than a name
    [InlineData("", false)]
    public void FindsAPhraseOnlyWhereItIsNotALineOfItsOwn(string phrase, bool expected)
    {
        var mentions = new Mentions(["Jane Smith", "Joe Biden spoke on Monday.", "He praised Smith's report.", "Jane Smith"]);

        Assert.Equal(expected, mentions.InOtherLines(phrase));
    }

    [Fact]
    public void PhrasesOfCommonWordsGetTheSameAnswers()
    {
        // Every word occurs on far more lines than are worth visiting one by one, so the run counts answer.
        var lines = Enumerable.Repeat("Jane Smith", 100).Concat(Enumerable.Repeat("Joe Biden met Jane", 100)).ToList();
        var mentions = new Mentions(lines);

        Assert.False(mentions.InOtherLines("Jane Smith"));
        Assert.True(mentions.InOtherLines("Joe Biden"));
        Assert.True(mentions.InOtherLines("Jane"));
        Assert.False(mentions.InOtherLines("Smith Jane"));
        Assert.False(mentions.InOtherLines("Biden Jane"));
    }

    [Fact]
    public void APhraseThatIsAlsoAWholeLineCountsOnlyItsOtherOccurrences()
    {
        Assert.False(new Mentions(["Joe Biden", "Joe Biden"]).InOtherLines("Joe Biden"));
        Assert.True(new Mentions(["Joe Biden", "Joe Biden and Joe Biden"]).InOtherLines("Joe Biden"));
        Assert.True(new Mentions(["Joe Biden", "Joe Biden Joe"]).InOtherLines("Biden Joe"));
    }
}
