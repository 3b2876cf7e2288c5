using NewsAggregator.Core.Clustering;

namespace NewsAggregator.Core.Tests.Clustering;

public class WordFactsTests
{
    [Theory]
    [InlineData("March")]
    [InlineData("twelve")]
    [InlineData("12,000")]
    [InlineData("the")]
    [InlineData("troops")]
    [InlineData("Zelenskyy")]
    [InlineData("Café")]
    public void EachFactIsWhatTheDirectReadingGives(string word)
    {
        var token = new Token(word, sentenceStart: false);
        var facts = token.Facts;

        // Asked twice: the second answer comes from what the first worked out.
        for (var round = 0; round < 2; round++)
        {
            Assert.Equal(FeatureExtractor.MonthIndex(token.Folded), facts.Month);
            Assert.Equal(Tokenizer.StopWords.Contains(token.Folded), facts.IsStopWord);
            Assert.Equal(NumberReader.TryRead(word, out var expected), facts.TryReadNumber(out var value));
            Assert.Equal(expected, value);
            Assert.Equal(Stemmer.Term("w:", token.Folded), facts.WordTerm);
            Assert.Equal(NameKey.Term("n:", token.Folded), facts.NameTerm);
            Assert.Equal(Stemmer.Stem(token.Folded), facts.Stem);
        }
    }

    [Fact]
    public void TokensFromTheThreadsKnownWordsEqualFreshOnes()
    {
        const string text = "Biden authorizes ATACMS strikes. Biden's move follows 12,000 troops.";
        var fresh = Tokenizer.Scan(text);
        var known = new List<Token>();
        var words = new KnownWords();
        Tokenizer.Scan(text, known, words);
        Tokenizer.Scan(text, known, words);

        Assert.Equal([.. fresh, .. fresh], known);
        Assert.Same(known[0].Facts, known[fresh.Count].Facts); // one set of facts per known word
    }
}
