using NewsAggregator.Core.Clustering;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Text;

namespace NewsAggregator.Core.Tests.Clustering;

public class TokenizerTests
{
    [Fact]
    public void KeepsNumbersWholeAndJoinsInitials()
    {
        var tokens = Tokenizer.Scan("The U.S. sent 12,000 troops and a 6.1 quake hit.").Select(t => t.Text).ToList();

        Assert.Contains("US", tokens);
        Assert.Contains("12000", tokens);
        Assert.Contains("6.1", tokens);
    }

    [Fact]
    public void DropsPossessiveTails()
    {
        var tokens = Tokenizer.Scan("Biden’s decision and Zelenskyy's reply").Select(t => t.Text).ToList();

        Assert.Equal(["Biden", "decision", "and", "Zelenskyy", "reply"], tokens);
    }

    [Fact]
    public void MarksSentenceStarts()
    {
        var tokens = Tokenizer.Scan("Rescuers arrived. Police said Boric left.");

        Assert.True(tokens[0].SentenceStart);
        Assert.False(tokens[1].SentenceStart);
        Assert.True(tokens[2].SentenceStart);
        Assert.False(tokens[4].SentenceStart);
    }

    [Fact]
    public void FoldsCaseAndAccents() => Assert.Equal("zelenskyy", Tokenizer.Fold("ZELÉNSKYY"));
}

public class NameKeyTests
{
    [Theory]
    [InlineData("Zelenskyy", "Zelensky")]
    [InlineData("Zelensky", "Zelenskiy")]
    [InlineData("ATACMS", "ATACMs")]
    [InlineData("Teixeira", "Teixiera")]
    public void BringsVariantSpellingsTogether(string a, string b) => Assert.Equal(NameKey.For(a), NameKey.For(b));

    [Theory]
    [InlineData("Reid", "Rudd")]
    [InlineData("Lohan", "Logan")]
    [InlineData("Klitschko", "Thompson")]
    public void KeepsDifferentNamesApart(string a, string b) => Assert.NotEqual(NameKey.For(a), NameKey.For(b));
}

public class StemmerTests
{
    [Fact]
    public void InflectionsOfAVerbMeet()
    {
        var stems = new[] { "authorizes", "authorized", "authorizing", "authorize" }.Select(Stemmer.Stem).Distinct();

        Assert.Single(stems);
    }

    [Fact]
    public void PluralsMeetTheirSingular() => Assert.Equal(Stemmer.Stem("troop"), Stemmer.Stem("troops"));

    [Theory]
    [InlineData("countries", "country")]
    [InlineData("stopped", "stop")]
    [InlineData("rules", "rul")]
    [InlineData("press", "press")]
    [InlineData("flies", "fly")]
    [InlineData("babyies", "baby")]
    public void StemsAsTheRulesSay(string word, string stem) => Assert.Equal(stem, Stemmer.Stem(word));

    [Theory]
    [InlineData("countries")]
    [InlineData("stopped")]
    [InlineData("babyies")]
    [InlineData("at")]
    public void TermIsThePrefixedStem(string word) => Assert.Equal("w:" + Stemmer.Stem(word), Stemmer.Term("w:", word));
}

public class NameKeyTermTests
{
    [Theory]
    [InlineData("Zelenskyy")]
    [InlineData("Reid")]
    [InlineData("ATACMS")]
    public void TermIsThePrefixedKey(string name) => Assert.Equal("n:" + NameKey.For(name), NameKey.Term("n:", Tokenizer.Fold(name)));

    [Fact]
    public void KeysAVeryLongRunOfLetters()
    {
        var name = "Ab" + new string('c', 100_000);

        Assert.Equal("n:abc", NameKey.Term("n:", Tokenizer.Fold(name)));
    }
}

public class FeatureExtractorTests
{
    private static Dictionary<string, float> Terms(string title, params string[] paragraphs) =>
        FeatureExtractor.Extract(title, paragraphs).Weights;

    [Fact]
    public void ANameThatClosesAFullNameAndStandsAloneIsASurname()
    {
        var terms = FeatureExtractor.Extract("Lineman arrested",
            ["Lineman Jamal Williams was arrested early on Sunday after officers saw him speeding through downtown San Diego.", "Police said Williams was driving home in San Diego."]);

        Assert.Equal(["n:" + NameKey.For("Williams")], terms.Surnames);
    }

    [Fact]
    public void ANameWrittenAfterTheIsABodyNotASurname()
    {
        var terms = FeatureExtractor.Extract("Lineman arrested",
            ["Lineman Jamal Williams of the San Diego Chargers was arrested early on Sunday.", "Williams joined the Chargers in 2003."]);

        Assert.Equal(["n:" + NameKey.For("Williams")], terms.Surnames);
        Assert.Contains("n:" + NameKey.For("Chargers"), terms.Bodies);
    }

    [Fact]
    public void NumbersCarryWhatTheyCount()
    {
        var terms = Terms("", "North Korea sent 12,000 North Korean troops; eight people died.");

        Assert.Contains("#12000:" + Stemmer.Stem("troops"), terms.Keys);
        Assert.Contains("#8:" + Stemmer.Stem("people"), terms.Keys);
    }

    [Fact]
    public void ScaleWordsMultiply() =>
        Assert.Contains("#4200000000:" + Stemmer.Stem("deal"), Terms("", "The 4.2 billion deal was signed.").Keys);

    [Fact]
    public void MagnitudeBeforeANumberCounts() =>
        Assert.Contains("#6.1:" + Stemmer.Stem("magnitude"), Terms("", "The quake had magnitude 6.1.").Keys);

    [Fact]
    public void ReadsDatesAndYears()
    {
        var terms = Terms("", "The vote on May 3, 2013 was quiet.");

        Assert.Contains("d:may-3", terms.Keys);
        Assert.Contains("y:2013", terms.Keys);
    }

    [Fact]
    public void CapitalisedWordsMidSentenceAreNames()
    {
        var terms = Terms("", "Rescuers reached Valparaiso on Tuesday.");

        Assert.True(terms.ContainsKey("n:" + NameKey.For("Valparaiso")), string.Join(" ", terms.Keys));
        Assert.Contains("n:" + NameKey.For("Valparaiso"), terms.Keys);
        Assert.Contains("w:" + Stemmer.Stem("rescuers"), terms.Keys);
    }

    [Fact]
    public void TitleCaseHeadlineWordsAreNotNamesUnlessTheBodySaysSo()
    {
        var terms = Terms("Lindsay Lohan Checks Into Betty Ford Center", "The actress Lohan has checked into the Betty Ford clinic, her lawyer said.");

        Assert.Contains("n:" + NameKey.For("Lohan"), terms.Keys);
        Assert.Contains("n:" + NameKey.For("Ford"), terms.Keys);
        Assert.Contains("w:" + Stemmer.Stem("checks"), terms.Keys);
        Assert.DoesNotContain("n:" + NameKey.For("Checks"), terms.Keys);
    }

    [Fact]
    public void VariantSpellingsGiveOneTerm()
    {
        var a = Terms("", "Ukraine's leader, President Zelenskyy, spoke about ATACMS.");
        var b = Terms("", "Ukraine's leader, President Zelensky, spoke about ATACMs.");

        Assert.Equal(a.Keys.Order(), b.Keys.Order());
    }

    [Fact]
    public void TitleTermsWeighMoreThanLateBodyTerms()
    {
        var terms = Terms("Flood hits Ravenna", "Opening line.", "Second line.", "Third line.", "Later a flood warning was issued in Porto.");

        Assert.True(terms["n:" + NameKey.For("Ravenna")] > terms["n:" + NameKey.For("Porto")]);
    }

    [Fact]
    public void ParseResultGivesTheTermsOfTheArticleStoredFromIt()
    {
        var text = """
            Storm floods Ravenna as rivers burst their banks

            Thousands left their homes on Tuesday, officials said.

            Mayor Michele de Pascale speaking at the town hall

            Rescuers from Bologna joined 1,200 volunteers in the city on May 17, and de Pascale thanked them.
            """;
        var parsed = TextArticleParser.ParseText(text).Article!;
        var stored = ArticleMapper.ToEntity(parsed, DateTime.UnixEpoch);

        var fromParse = StoryClusterer.Features(parsed);
        var fromStore = StoryClusterer.Features(stored);

        Assert.Contains(parsed.Blocks, b => b.Kind == BlockKind.Caption);
        Assert.Equal(fromStore.Weights.ToList(), fromParse.Weights.ToList());
        Assert.Equal(fromStore.Surfaces.ToList(), fromParse.Surfaces.ToList());
        Assert.Equal(fromStore.Surnames.Order(), fromParse.Surnames.Order());
        Assert.Equal(fromStore.Bodies.Order(), fromParse.Bodies.Order());
    }
}
