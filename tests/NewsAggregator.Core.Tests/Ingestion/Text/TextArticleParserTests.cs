using System.Text;
using NewsAggregator.Core.Ingestion;
using NewsAggregator.Core.Ingestion.Text;

namespace NewsAggregator.Core.Tests.Ingestion.Text;

public class TextArticleParserTests
{
    private const string Lead = "The city council approved the new harbour budget on Tuesday after a long debate about repairs.";
    private const string Second = "Members argued for three hours over the cost of dredging the old shipping channel.";
    private const string Third = "The mayor said the vote would let work start before the winter storms arrive.";

    [Fact]
    public void TakesExtensionsForPlainText()
    {
        Assert.Contains(".txt", new TextArticleParser().Extensions);
        Assert.Contains(".md", new TextArticleParser().Extensions);
    }

    [Fact]
    public void FrontMatterOverridesWhatIsInferred()
    {
        var article = Parse($"""
            ---
            Title: Harbour budget passes
            outlet: "Coast Courier"
            author: Dana Reyes
            published: 2024-11-17T14:30:00+01:00
            url: https://example.com/harbour
            section: local
            ---
            Council Approves Harbour Money

            By Someone Else

            {Lead}

            {Second}
            """);

        Assert.Equal("Harbour budget passes", article.Title);
        Assert.False(article.TitleDerived);
        Assert.Equal("Coast Courier", article.Outlet);
        Assert.Equal("Dana Reyes", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 11, 17, 14, 30, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal("https://example.com/harbour", article.Url);
        Assert.Equal(Lead, article.Paragraphs.First());
    }

    [Fact]
    public void FrontMatterTitleRepeatedInTheTextIsKeptOnce()
    {
        var article = Parse($"---\ntitle: Harbour Budget Passes\n---\nHarbour budget passes\n\n{Lead}\n\n{Second}\n");

        Assert.Equal("Harbour Budget Passes", article.Title);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("budget passes", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void RejectsFrontMatterWithAnUnreadableDate()
    {
        var result = ParseResult($"---\ntitle: Harbour\npublished: last tuesday\n---\n{Lead}\n");

        Assert.False(result.Succeeded);
        Assert.Contains("'published'", result.Error);
        Assert.Contains("last tuesday", result.Error);
    }

    [Fact]
    public void RejectsFrontMatterThatIsNeverClosed()
    {
        var result = ParseResult($"---\ntitle: Harbour\n{Lead}\n{Second}\n");

        Assert.False(result.Succeeded);
        Assert.Contains("not closed", result.Error);
    }

    [Fact]
    public void TreatsALeadingRuleWithoutKeysAsText()
    {
        var article = Parse($"---\nHarbour Budget Passes\n\n{Lead}\n\n{Second}\n");

        Assert.Equal("Harbour Budget Passes", article.Title);
    }

    [Theory]
    [InlineData("utf8-bom")]
    [InlineData("utf16-le")]
    [InlineData("utf16-be")]
    public void ReadsByteOrderMarkedFiles(string encoding)
    {
        var text = $"Harbour “Budget” Passes\n\n{Lead}\n";
        byte[] bytes = encoding switch
        {
            "utf8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
            "utf16-le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
            _ => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        };

        var result = new TextArticleParser().Parse(bytes, "a.txt");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("Harbour “Budget” Passes", result.Article!.Title);
    }

    [Fact]
    public void RejectsInvalidUtf8WithTheDecodersReason()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Harbour Budget\n\nThe caf"), 0xE9, .. Encoding.UTF8.GetBytes(" reopened.")];

        var result = new TextArticleParser().Parse(bytes, "a.txt");

        Assert.False(result.Succeeded);
        Assert.Contains("not valid UTF-8", result.Error);
    }

    [Fact]
    public void KeepsATitleRepeatedUnderItselfOnce()
    {
        var article = Parse($"Harbour Budget Passes After Long Debate\n\nHarbour Budget Passes After Long Debate\n\n{Lead}\n\n{Second}\n\n{Third}\n");

        Assert.Equal("Harbour Budget Passes After Long Debate", article.Title);
        Assert.Equal([Lead, Second, Third], article.Paragraphs);
    }

    [Fact]
    public void ReadsTheOutletFromASiteNameLineAndNotAsTitle()
    {
        var article = Parse($"Site icon COASTCOURIER.COM\n\nHarbour budget passes after long debate\n\n{Lead}\n\n{Second}\n");

        Assert.Equal("COASTCOURIER.COM", article.Outlet);
        Assert.Equal("Harbour budget passes after long debate", article.Title);
    }

    [Fact]
    public void DerivesATitleFromALongLead()
    {
        const string lead = "The regional transport authority has approved a plan to rebuild the northern rail bridge over the estuary using steel from the old viaduct, ending years of delay.";
        var article = Parse($"{lead}\n{Second}\n{Third}\n");

        Assert.True(article.TitleDerived);
        Assert.True(article.Title.Length <= TitleDeriver.MaxLength + 1, article.Title);
        Assert.StartsWith("The regional transport authority has approved a plan to rebuild the northern rail bridge", article.Title);
        Assert.Equal(lead, article.Paragraphs.First());
    }

    [Fact]
    public void UsesAShortLeadWholeAsDerivedTitle()
    {
        var article = Parse($"{Lead}\n{Second}\n");

        Assert.True(article.TitleDerived);
        Assert.Equal(Lead.TrimEnd('.'), article.Title);
    }

    [Fact]
    public void ReadsTheBylineUnderTheTitle()
    {
        var article = Parse($"Harbour Budget Passes\n\nDana Reyes\n\n{Lead}\n\n{Second}\n\n{Third}\n");

        Assert.Equal("Dana Reyes", article.Byline);
        Assert.DoesNotContain(article.Blocks, b => b.Text == "Dana Reyes");
    }

    [Fact]
    public void ReadsABylineWithByPrefix()
    {
        var article = Parse($"Harbour Budget Passes\nBy Dana Reyes and Sam Ortiz\n{Lead}\n{Second}\n");

        Assert.Equal("Dana Reyes and Sam Ortiz", article.Byline);
    }

    [Fact]
    public void TakesANameTheStoryIsAboutAsAPhotoLabelNotAByline()
    {
        var article = Parse($"Harbour Budget Passes\n\nMaria Lopez\n\nMayor Maria Lopez welcomed the decision on Tuesday, calling it overdue.\n\n{Second}\n\n{Third}\n");

        Assert.Null(article.Byline);
        Assert.Contains(new ContentBlock(BlockKind.Caption, "Maria Lopez"), article.Blocks);
    }

    [Fact]
    public void ReadsTheAuthorBoxAsBylineAndDropsWhatFollows()
    {
        var article = Parse($"Harbour Budget Passes\n\n{Lead}\n\n{Second}\n\n{Third}\n\nAbout D. Reyes\n\nDana covers the waterfront for the paper and has done so for ten years.\n\nRelated Posts\n\nFerry Fares Rise Again\n");

        Assert.Equal("D. Reyes", article.Byline);
        Assert.Equal([Lead, Second, Third], article.Paragraphs);
    }

    [Fact]
    public void PrefersTheBylineOverTheAuthorBox()
    {
        var article = Parse($"Harbour Budget Passes\n\nDana Reyes\n\n{Lead}\n\n{Second}\n\n{Third}\n\nAbout D. Reyes\n");

        Assert.Equal("Dana Reyes", article.Byline);
        Assert.Equal(3, article.Paragraphs.Count());
    }

    [Fact]
    public void RecordsAWireCreditAsContributorsNotText()
    {
        var article = Parse($"{Lead}\n{Second}\n{Third}\n—Reyes reported from Lisbon. Associated Press writer Sam Ortiz in Porto contributed to this report.\n");

        Assert.Equal("Associated Press", article.Outlet);
        Assert.Equal(["Associated Press", "Reyes reported from Lisbon. Associated Press writer Sam Ortiz in Porto contributed to this report."], article.Contributors);
        Assert.Equal([Lead, Second, Third], article.Paragraphs);
    }

    [Fact]
    public void KeepsAKnownOutletOverTheWire()
    {
        var article = Parse($"Site icon COASTCOURIER.COM\n\nHarbour Budget Passes\n\n{Lead}\n\n{Second}\n\nReporting by Dana Reyes; Editing by Sam Ortiz for Reuters\n");

        Assert.Equal("COASTCOURIER.COM", article.Outlet);
        Assert.Contains("Reuters", article.Contributors);
    }

    [Fact]
    public void ReadsTheWireFromAnOpeningDateline()
    {
        var article = Parse($"Harbour Budget Passes\n\nLISBON (AP) — {Lead}\n\n{Second}\n");

        Assert.Equal(["Associated Press"], article.Contributors);
        Assert.StartsWith("LISBON (AP)", article.Paragraphs.First());
    }

    [Fact]
    public void RemovesCookieNoticesWherever_TheyAre()
    {
        const string cookies = "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish. Accept Read More";
        var article = Parse($"{cookies}\n\nHarbour Budget Passes\n\n{Lead}\n\n{cookies}\n\n{Second}\n\n{Third}\n\n{cookies}\n");

        Assert.Equal("Harbour Budget Passes", article.Title);
        Assert.Equal([Lead, Second, Third], article.Paragraphs);
    }

    [Fact]
    public void KeepsProseThatOnlyMentionsCookies()
    {
        const string prose = "The bakery said its cookies sold out within an hour of the harbour festival opening.";
        var article = Parse($"Harbour Festival Opens\n\n{prose}\n\n{Second}\n");

        Assert.Contains(prose, article.Paragraphs);
    }

    [Fact]
    public void RemovesTrailingFurnitureAndTheTeaserAfterCheckAlso()
    {
        var article = Parse($"""
            Harbour Budget Passes

            {Lead}

            Share this:
            Facebook Twitter WhatsApp Email

            {Second}

            {Third}

            Coast Courier on Google News

            Subscribe to our newsletter for the latest news.

            © 2024 Coast Courier. All rights reserved.

            Check Also

            Ferry Fares Rise Again

            A report released on Wednesday found that fares have doubled in five years …

            Leave a Reply

            Exit mobile version
            """);

        Assert.Equal([Lead, Second, Third], article.Paragraphs);
        Assert.Equal("Coast Courier", article.Outlet);
    }

    [Fact]
    public void DropsStoryLinksUnderARelatedHeadingButKeepsTheArticleAfterThem()
    {
        var article = Parse($"Harbour Budget Passes\n{Lead}\n{Second}\nRELATED COVERAGE\nFerry fares rise again as fuel costs climb\nWhat to know about the dredging plan\n{Third}\n");

        Assert.Equal([Lead, Second, Third], article.Paragraphs);
    }

    [Fact]
    public void SkipsBreadcrumbsAboveTheTitle()
    {
        var article = Parse($"Home » News » Local\n\nHarbour Budget Passes\n\n{Lead}\n\n{Second}\n");

        Assert.Equal("Harbour Budget Passes", article.Title);
    }

    [Fact]
    public void FailsWhenOnlyFurnitureRemains()
    {
        var result = ParseResult("Exit mobile version\n\nThis website uses cookies to improve your experience. Accept Read More\n\nShare this:\n");

        Assert.False(result.Succeeded);
        Assert.Equal("no article text found", result.Error);
    }

    [Fact]
    public void MakesOneParagraphPerLineWhenThereAreNoBlankLines()
    {
        var article = Parse($"Harbour Budget Passes\n{Lead}\n{Second}\n{Third}\n");

        Assert.Equal([Lead, Second, Third], article.Paragraphs);
    }

    [Fact]
    public void MakesOneParagraphPerBlankLineBlockAndJoinsWrappedLines()
    {
        var article = Parse("""
            Harbour Budget Passes

            The city council approved the new harbour budget on Tuesday
            after a long debate about repairs.

            Members argued for three hours over the cost of dredging the
            old shipping channel. The mayor said the vote would let work
            start before the winter storms arrive.

            Work is due to begin in March.
            """);

        Assert.Equal(
            [Lead, $"{Second} {Third}", "Work is due to begin in March."],
            article.Paragraphs);
    }

    [Fact]
    public void JoinsAHardWrappedSentenceInOneLinePerParagraphText()
    {
        var article = Parse($"Harbour Budget Passes\n\nThe city council approved the new harbour budget\non Tuesday after a long debate about repairs.\n{Second}\n");

        Assert.Equal([Lead, Second], article.Paragraphs);
    }

    [Fact]
    public void RejoinsHardWrappedTextWithoutBlankLines()
    {
        var article = Parse("""
            Harbour Budget Passes

            The city council approved the new harbour budget on Tuesday after a
            long debate about repairs to the old quay and the cost of dredging
            The Narrows.
            Members argued for three hours over the cost of dredging the old
            shipping channel before the vote.
            """);

        Assert.Equal(
            [
                "The city council approved the new harbour budget on Tuesday after a long debate about repairs to the old quay and the cost of dredging The Narrows.",
                "Members argued for three hours over the cost of dredging the old shipping channel before the vote.",
            ],
            article.Paragraphs);
    }

    [Fact]
    public void ReadsAWireStoryWithReadingTimeCreditsAndStandardsLine()
    {
        var article = Parse($"US weighs new sanctions on shipping firms\nBy Dana Reyes\n4 min read\nWASHINGTON (Reuters) - {Lead}\n{Second}\nReporting by Dana Reyes; Editing by Sam Ortiz\nOur Standards: The Thomson Reuters Trust Principles.\n");

        Assert.Equal("Dana Reyes", article.Byline);
        Assert.Equal("Reuters", article.Outlet);
        Assert.Equal(["Reuters", "Reporting by Dana Reyes; Editing by Sam Ortiz"], article.Contributors);
        Assert.Equal([$"WASHINGTON (Reuters) - {Lead}", Second], article.Paragraphs);
    }

    [Fact]
    public void ReadsTheDeckUnderTheTitle()
    {
        var article = Parse($"Harbour Budget Passes\n\nCouncil Backs Dredging Plan Despite Rising Costs\n\n{Lead}\n\n{Second}\n");

        Assert.Equal("Council Backs Dredging Plan Despite Rising Costs", article.Deck);
        Assert.Equal([Lead, Second], article.Paragraphs);
    }

    [Fact]
    public void MarksShortLinesBetweenParagraphsAsSubheadings()
    {
        var article = Parse($"Harbour Budget Passes\n\n{Lead}\n\nWhat comes next\n\n{Second}\n\nA Long Winter Ahead\n\n{Third}\n");

        Assert.Equal(["What comes next", "A Long Winter Ahead"], article.Blocks.Where(b => b.Kind == BlockKind.Subheading).Select(b => b.Text));
        Assert.Equal(3, article.Paragraphs.Count());
    }

    [Fact]
    public void KeepsAQuestionBetweenSentenceLinesAsProse()
    {
        var article = Parse($"Harbour Budget Passes\n{Lead}\nWill it be enough?\n{Second}\n");

        Assert.DoesNotContain(article.Blocks, b => b.Kind == BlockKind.Subheading);
        Assert.Contains("Will it be enough?", article.Paragraphs);
    }

    [Fact]
    public void MarksAPhotoDescriptionAsCaption()
    {
        const string caption = "Mayor Maria Lopez speaking at the harbour office in Porto.";
        const string prose = "Officials speaking on condition of anonymity said the vote was close.";
        var article = Parse($"Harbour Budget Passes\n\n{Lead}\n\n{caption}\n\n{prose}\n\n{Second}\n");

        Assert.Equal([caption], article.Blocks.Where(b => b.Kind == BlockKind.Caption).Select(b => b.Text));
        Assert.Contains(prose, article.Paragraphs);
    }

    [Fact]
    public void ReadsADateLineAsThePublicationDate()
    {
        var article = Parse($"Harbour Budget Passes\n\nUpdated: November 17, 2024, 3:23 PM EST\n{Lead}\n{Second}\n");

        Assert.Equal(new DateTimeOffset(2024, 11, 17, 15, 23, 0, TimeSpan.FromHours(-5)), article.Published);
        Assert.Equal([Lead, Second], article.Paragraphs);
    }

    [Fact]
    public void AcceptsAHeadlineOnlyFlash()
    {
        var article = Parse("Robbers steal diamonds from Paris jeweller in record heist\n");

        Assert.Equal("Robbers steal diamonds from Paris jeweller in record heist", article.Title);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void ReadsMarkdownHeadingsAndLists()
    {
        var article = Parse($"# Harbour Budget Passes\n\n{Lead}\n\n## Reaction\n\n{Second}\n\n- Dredging starts in March\n- Repairs finish in June\n\n{Third}\n");

        Assert.Equal("Harbour Budget Passes", article.Title);
        Assert.Equal(["Reaction"], article.Blocks.Where(b => b.Kind == BlockKind.Subheading).Select(b => b.Text));
        Assert.Equal(["Dredging starts in March", "Repairs finish in June"], article.Blocks.Where(b => b.Kind == BlockKind.ListItem).Select(b => b.Text));
    }

    [Fact]
    public void NormalisesSpacingButKeepsQuotesAndAccents()
    {
        var article = Parse("Harbour\u00A0Budget  Passes\r\n\r\n\t“Não,” said António\u00A0Guterres,  smiling at the crowd of reporters.  \r\n\r\n" + Second + "\r\n");

        Assert.Equal("Harbour Budget Passes", article.Title);
        Assert.Equal("“Não,” said António Guterres, smiling at the crowd of reporters.", article.Paragraphs.First());
    }

    private static ParsedArticle Parse(string text)
    {
        var result = ParseResult(text);
        Assert.True(result.Succeeded, result.Error);
        return result.Article!;
    }

    private static ParseResult ParseResult(string text) =>
        new TextArticleParser().Parse(Encoding.UTF8.GetBytes(text), "article.txt");
}
