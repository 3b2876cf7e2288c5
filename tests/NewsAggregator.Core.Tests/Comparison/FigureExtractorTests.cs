using NewsAggregator.Core.Comparison;

namespace NewsAggregator.Core.Tests.Comparison;

public class FigureExtractorTests
{
    [Theory]
    [InlineData("Officials said up to 3,500 residents were evacuated overnight.", "resident", 3500, "up to")]
    [InlineData("The storm left an estimated 40,000 homes without power.", "home", 40000, "estimated")]
    [InlineData("Rescuers found at least eight people trapped in the mine.", "person", 8, "at least")]
    [InlineData("Twenty-five workers walked out on Friday.", "worker", 25, null)]
    [InlineData("Nearly a dozen firefighters were hurt.", "firefighter", 12, "nearly")]
    [InlineData("Two hundred volunteers cleared the beach.", "volunteer", 200, null)]
    [InlineData("Turnout reached roughly 40% in the north.", "%", 40, "roughly")]
    [InlineData("Prices rose 12 percent last year.", "%", 12, null)]
    [InlineData("The company hired three other contractors.", "contractor", 3, null)]
    public void ReadsNumberCountedThingAndHedge(string sentence, string key, double value, string? hedge)
    {
        var mention = Assert.Single(FigureExtractor.Extract(sentence));

        Assert.Equal(key, mention.Key);
        Assert.Equal(value, mention.Value, 6);
        Assert.Equal(hedge, mention.Hedge);
    }

    [Fact]
    public void KeepsProperNounModifierAndWholePhrase()
    {
        var mention = Assert.Single(FigureExtractor.Extract("As many as 12,000 North Korean troops were sent."));

        Assert.Equal("troop", mention.Key);
        Assert.Equal("troops", mention.Counted);
        Assert.Equal("North Korean", mention.Modifier);
        Assert.Equal("as many as", mention.Hedge);
        Assert.Equal("As many as 12,000 North Korean troops", mention.Phrase);
    }

    [Fact]
    public void TreatsLowerCaseAdjectivesAsDescriptionNotModifier()
    {
        var mention = Assert.Single(FigureExtractor.Extract("The army sent 10,000 elite troops to the border."));

        Assert.Equal("troop", mention.Key);
        Assert.Null(mention.Modifier);
    }

    [Fact]
    public void ReadsMoneyWithScaleInDollars()
    {
        var mention = Assert.Single(FigureExtractor.Extract("The state has spent over $56.2 billion in relief since 2022."));

        Assert.Equal("$", mention.Key);
        Assert.Equal(56.2e9, mention.Value, 0);
        Assert.Equal("$56.2 billion", mention.Display);
        Assert.Equal("over", mention.Hedge);
    }

    [Fact]
    public void ConvertsKilometresToMilesSoBothUnitsCompare()
    {
        var km = Assert.Single(FigureExtractor.Extract("The rocket flies around 300 km before it lands."));
        var miles = Assert.Single(FigureExtractor.Extract("It can strike targets up to 190 miles away."));

        Assert.Equal("mile", km.Key);
        Assert.Equal(186.4, km.Value, 1);
        Assert.Equal("mile", miles.Key);
        Assert.Equal("up to", miles.Hedge);
        Assert.Equal("190 miles", miles.Display);
    }

    [Theory]
    [InlineData("In 2022 the company hired new staff.")]
    [InlineData("The F-16 jets and COVID-19 rules came up.")]
    [InlineData("The meeting on March 3 ended early.")]
    [InlineData("The alarm rang at 10:30 sharp.")]
    [InlineData("One of the workers left, and no one stayed.")]
    [InlineData("She finished 2nd in the race.")]
    [InlineData("Thousands of people marched.")]
    public void IgnoresYearsCodesDatesTimesAndVagueAmounts(string sentence)
    {
        Assert.Empty(FigureExtractor.Extract(sentence));
    }

    [Fact]
    public void FindsSeveralFiguresInOneSentence()
    {
        var mentions = FigureExtractor.Extract("The fire destroyed 40 homes and forced about 300 residents to leave.");

        Assert.Equal(["home", "resident"], mentions.Select(m => m.Key));
        Assert.Equal([40.0, 300.0], mentions.Select(m => m.Value));
        Assert.Equal("about", mentions[1].Hedge);
    }
}
