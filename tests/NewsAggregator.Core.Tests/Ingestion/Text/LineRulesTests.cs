using NewsAggregator.Core.Ingestion.Text;

namespace NewsAggregator.Core.Tests.Ingestion.Text;

public class LineRulesTests
{
    [Theory]
    [InlineData("Jimmy Williams", true)]
    [InlineData("J. Williams", true)]
    [InlineData("Ludwig van Beethoven", true)]
    [InlineData("Deputy Sheriff", false)]
    [InlineData("Multiple Special Circumstances", false)]
    [InlineData("Deputy's Alleged Killer Held", false)]
    [InlineData("Associated Press", false)]
    [InlineData("Trump’s election", false)]
    [InlineData("The decision comes amid escalating tensions.", false)]
    public void RecognisesPersonNameLines(string line, bool isName) => Assert.Equal(isName, PersonName.IsNameLine(line));

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("Written by Jane Doe, John Roe and Ann Poe", "Jane Doe, John Roe and Ann Poe")]
    [InlineData("BY JANE DOE | Staff writer", "JANE DOE")]
    [InlineData("Author: Jane Doe", "Jane Doe")]
    public void ReadsBylines(string line, string byline)
    {
        Assert.True(PersonName.TryReadByline(line, out var read));
        Assert.Equal(byline, read);
    }

    [Theory]
    [InlineData("By the time fire crews arrived, flames could be seen.")]
    [InlineData("By Saturday, at least 6,000 Web sites had been infected.")]
    public void DoesNotReadSentencesStartingWithByAsBylines(string line) => Assert.False(PersonName.TryReadByline(line, out _));

    [Theory]
    [InlineData("President Joe Biden speaking from the Oval Office of the White House in Washington, DC.", true)]
    [InlineData("Protesters gathering outside parliament in Athens on Monday. (AP Photo/Jane Doe)", true)]
    [InlineData("Image caption, Rescue teams searched the flooded streets of Valencia", true)]
    [InlineData("Officials speaking on condition of anonymity said the vote was close.", false)]
    [InlineData("After leaving rehab on Thursday, she went straight to the airport.", false)]
    [InlineData("“We are speaking for everyone,” the mayor said.", false)]
    public void RecognisesCaptions(string line, bool isCaption) => Assert.Equal(isCaption, Caption.IsCaption(line));

    [Theory]
    [InlineData("Biden Approves Deeper Strikes in Russia as North Korea Sends Troops", true)]
    [InlineData("Report: Red Sox offer Teixeira $200 million", true)]
    [InlineData("Can the ceasefire hold?", true)]
    [InlineData("President Joe Biden has authorized Ukraine to strike deeper into Russian territory.", false)]
    [InlineData("the vote was held on a Tuesday", false)]
    [InlineData("Officials met with the", false)]
    public void RecognisesHeadlineShapedLines(string line, bool headline) => Assert.Equal(headline, LineShape.IsHeadlineLike(line));

    [Theory]
    [InlineData("Storm hits Ravenna", "STORM HITS RAVENNA!", true)]
    [InlineData("Storm hits Ravenna", "Storm - hits  Ravenna.", true)]
    [InlineData("Storm hits Ravenna", "Storm hits Rimini", false)]
    [InlineData("Storm hits Ravenna", "Storm hits Ravenna again", false)]
    [InlineData("---", "* * *", false)]
    public void ComparesLinesAsAReaderWould(string a, string b, bool same)
    {
        Assert.Equal(same, LineShape.SameText(a, b));
        Assert.Equal(same, LineShape.SameText(b, a));
    }

    [Fact]
    public void SplitsLinesAtEveryKindOfBreakAndNormalisesThem()
    {
        var lines = TextLines.Split("  One\ttwo\r\nthree\u00A0 four \rfive\u200B\u2028six\u2029\n\r\nseven");

        Assert.Equal(["One two", "three four", "five", "six", "", "", "seven"], lines);
    }

    [Theory]
    [InlineData("This website uses cookies to improve your experience.", true)]
    [InlineData("This website uses coo\u212Aies to improve your experience.", true)]
    [InlineData("By continuing to use this site you agree to our terms.", true)]
    [InlineData("The bakery sells cakes and biscuits to the whole town.", false)]
    public void FindsCookieNoticesWhateverTheySpell(string line, bool notice) => Assert.Equal(notice, Chrome.IsAnywhere(line));

    [Theory]
    [InlineData("Residents wading through the flooded square. Photo: Jane Doe", true)]
    [InlineData("Picture by Jane Doe", true)]
    [InlineData("Rescue boats on the river (Reuters)", true)]
    [InlineData("Rescue boats carried residents, pets and food along the river", false)]
    public void FindsPhotoCredits(string line, bool isCaption) => Assert.Equal(isCaption, Caption.IsCaption(line));
}
