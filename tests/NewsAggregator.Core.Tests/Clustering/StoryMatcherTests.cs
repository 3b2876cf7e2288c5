using NewsAggregator.Core.Clustering;

namespace NewsAggregator.Core.Tests.Clustering;

public class StoryMatcherTests
{
    private static readonly ClusteringOptions Options = new() { MinimumCorpusSize = 0 };

    private static IndexedArticle Add(StoryIndex index, int id, string text, DateTime? published = null) =>
        index.Add(id, FeatureExtractor.Extract(text, []), published);

    [Fact]
    public void JoinsTheMostSimilarStoryAndStartsANewOneOtherwise()
    {
        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, Options);
        var flood = matcher.Place(Add(index, 1, "Floods in Ravenna force 3,000 residents from homes along the Lamone river")).Story;
        matcher.Place(Add(index, 2, "Tesla recalls 200,000 cars over faulty seat belts in Shanghai"));

        var again = matcher.Place(Add(index, 3, "Lamone river floods Ravenna, 3,000 residents evacuated")).Story;
        var other = matcher.Place(Add(index, 4, "Opera singer wins Grammy for debut album recorded in Vienna")).Story;

        Assert.Same(flood, again);
        Assert.NotSame(flood, other);
        Assert.Equal(3, index.StoryCount);
    }

    [Fact]
    public void ALaterArticleThatMatchesTwoStoriesMergesThem()
    {
        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, new ClusteringOptions { MinimumCorpusSize = 0, Threshold = 0.15, MergeThreshold = 0.15, AttachThreshold = 0 });
        var first = matcher.Place(Add(index, 1, "Ravenna flood: Lamone river bursts its banks")).Story;
        var second = matcher.Place(Add(index, 2, "Emilia-Romagna evacuates Faenza as rain continues")).Story;
        Assert.NotSame(first, second);

        var (bridge, absorbed) = matcher.Place(Add(index, 3, "Lamone river bursts banks in Ravenna; Faenza evacuated as Emilia-Romagna rain continues"));

        Assert.Single(absorbed);
        Assert.Same(first, bridge); // the older story survives
        Assert.Same(first, StoryIndex.Resolve(second));
        Assert.Equal(1, index.StoryCount);
    }

    [Fact]
    public void SkipsStoriesOutsideThePublicationWindow()
    {
        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, Options);
        var day = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        var first = matcher.Place(Add(index, 1, "Floods in Ravenna force 3,000 residents from homes", day)).Story;

        var soon = matcher.Place(Add(index, 2, "Floods in Ravenna force 3,000 residents from homes", day.AddDays(2))).Story;
        var months = matcher.Place(Add(index, 3, "Floods in Ravenna force 3,000 residents from homes", day.AddMonths(5))).Story;

        Assert.Same(first, soon);
        Assert.NotSame(first, months);
    }

    [Fact]
    public void WorksWithoutDates()
    {
        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, Options);
        var first = matcher.Place(Add(index, 1, "Floods in Ravenna force 3,000 residents from homes")).Story;

        Assert.Same(first, matcher.Place(Add(index, 2, "Floods in Ravenna force 3,000 residents from homes", DateTime.UtcNow)).Story);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AStorySimilarityReflectsEveryChangeSinceItWasLastAskedFor(bool joinTheArticle)
    {
        // Placement keeps stories' centroid norms between comparisons; a story that gained a member,
        // or idfs moved by a newly counted article, must not be compared with stale norms.
        double Similarity(bool askedBefore)
        {
            var index = new StoryIndex();
            var matcher = new StoryMatcher(index, new ClusteringOptions { MinimumCorpusSize = 0, Threshold = 0.99, AttachThreshold = 0 });
            var floods = matcher.Place(Add(index, 1, "Floods in Ravenna force 3,000 residents from homes along the Lamone river")).Story;
            var rain = matcher.Place(Add(index, 2, "Rain keeps falling on Faenza as the Lamone river rises")).Story;
            if (askedBefore)
            {
                _ = matcher.StorySimilarity(floods, rain, index.LogCorpus(0));
            }

            var later = Add(index, 3, "Ravenna residents return home as the Lamone river falls");
            if (joinTheArticle)
            {
                index.Join(rain, later);
            }

            return matcher.StorySimilarity(floods, rain, index.LogCorpus(0));
        }

        Assert.Equal(Similarity(askedBefore: false), Similarity(askedBefore: true));
    }

    [Fact]
    public void DocumentFrequenciesGrowWithEveryArticle()
    {
        var index = new StoryIndex();
        Add(index, 1, "Ravenna flood");
        Add(index, 2, "Ravenna vote");

        Assert.Equal(2, index.Documents);
        var logCorpus = index.LogCorpus(0);
        Assert.True(index.Idf(index_TermId(index, "w:" + Stemmer.Stem("flood")), logCorpus) > index.Idf(index_TermId(index, "w:" + Stemmer.Stem("ravenna")), logCorpus));
    }

    // A join bar no paraphrase reaches, so that only the loose layer can bring a stray in.
    private static ClusteringOptions StrictJoins(double attach = 0.1) => new() { MinimumCorpusSize = 0, Threshold = 0.9, AttachThreshold = attach, SatelliteSize = 1 };

    private static StoryProfile FloodStory(StoryIndex index, StoryMatcher matcher)
    {
        var flood = matcher.Place(Add(index, 1, "Floods in Ravenna force 3,000 residents from homes along the Lamone river")).Story;
        Assert.Same(flood, matcher.Place(Add(index, 2, "Floods in Ravenna force 3,000 residents from homes along the Lamone river")).Story);
        matcher.Place(Add(index, 3, "Tesla recalls 200,000 cars over faulty seat belts in Shanghai"));
        return flood;
    }

    [Fact]
    public void AStrayReportInOtherWordsIsShownInsideTheStoryItFits()
    {
        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, StrictJoins());
        var flood = FloodStory(index, matcher);

        var stray = matcher.Place(Add(index, 4, "Rome sends aid as floods in Ravenna drive residents from homes by the Lamone")).Story;

        Assert.NotSame(flood, stray);
        Assert.Same(flood, StoryIndex.Shown(stray));
        Assert.Contains(stray, matcher.Regrouped);
        Assert.Equal(2, index.StoryCount);
    }

    [Fact]
    public void AStrayFromAnotherEventOfTheSameKindIsNotShownInside()
    {
        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, StrictJoins(attach: 0.01));
        FloodStory(index, matcher);

        // The words match (floods, residents, homes, river); the places do not.
        var other = matcher.Place(Add(index, 4, "Floods in Valencia force 2,000 residents from homes along the Turia river")).Story;

        Assert.Same(other, StoryIndex.Shown(other));
        Assert.Equal(3, index.StoryCount);
    }

    [Fact]
    public void AStrayThatGrowsIntoAStoryOfItsOwnLeavesItsHost()
    {
        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, StrictJoins());
        var flood = FloodStory(index, matcher);
        var stray = matcher.Place(Add(index, 4, "Rome sends aid as floods in Ravenna drive residents from homes by the Lamone")).Story;
        Assert.Same(flood, StoryIndex.Shown(stray));

        var grown = matcher.Place(Add(index, 5, "Rome sends aid as floods in Ravenna drive residents from homes by the Lamone")).Story;

        Assert.Same(stray, grown);
        Assert.Same(stray, StoryIndex.Shown(stray));
        Assert.Equal(3, index.StoryCount);
    }

    [Fact]
    public void TheLooseLayerCanBeTurnedOff()
    {
        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, StrictJoins(attach: 0));
        FloodStory(index, matcher);

        var stray = matcher.Place(Add(index, 4, "Rome sends aid as floods in Ravenna drive residents from homes by the Lamone")).Story;

        Assert.Same(stray, StoryIndex.Shown(stray));
    }

    private static IndexedArticle Report(StoryIndex index, int id, string title, params string[] body) =>
        index.Add(id, FeatureExtractor.Extract(title, body), null);

    private static StoryProfile ArrestStory(StoryIndex index, StoryMatcher matcher) =>
        matcher.Place(Report(index, 1, "Chargers' Jackson arrested on suspicion of drunken driving",
            "Receiver Vincent Jackson of the San Diego Chargers was arrested early Tuesday on suspicion of drunken driving, the California Highway Patrol said.",
            "Jackson was stopped on state Route 52 and failed a sobriety test, officers said.",
            "Jackson will play in the playoff game at Pittsburgh on Sunday. Jackson said he looked forward to proving his innocence.",
            "A league spokesman said any suspension would wait until the courts had ruled on the charge.")).Story;

    // The same kind of event, another player: nearly every word is shared, the person is not.
    private static IndexedArticle OtherPlayersArrest(StoryIndex index) =>
        Report(index, 2, "Chargers' Williams arrested on suspicion of drunken driving",
            "Lineman Jamal Williams of the San Diego Chargers was arrested early Sunday on suspicion of drunken driving after officers saw him speeding.",
            "Williams was speeding on a freeway near downtown and gave a blood sample.",
            "Williams was booked into county jail and later released on bail, the team said.",
            "General manager A. J. Smith said the club would let the legal process run its course.");

    [Fact]
    public void KeepsTwoArrestsOfDifferentPeopleApart()
    {
        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, new ClusteringOptions());
        var jackson = ArrestStory(index, matcher);

        var williams = matcher.Place(OtherPlayersArrest(index)).Story;
        var again = matcher.Place(Report(index, 3, "Jackson to play despite arrest",
            "Chargers receiver Vincent Jackson will play on Sunday despite his arrest on suspicion of drunken driving.",
            "Jackson was stopped by the California Highway Patrol early Tuesday. Jackson said he was innocent.")).Story;

        Assert.NotSame(jackson, williams);
        Assert.Same(jackson, again);
    }

    [Fact]
    public void WithoutTheMainActorCheckTheTwoArrestsAreOneStory()
    {
        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, new ClusteringOptions { MainActorContrast = 1 });
        var jackson = ArrestStory(index, matcher);

        Assert.Same(jackson, matcher.Place(OtherPlayersArrest(index)).Story);
    }

    private static StoryProfile PatchStory(StoryIndex index, StoryMatcher matcher) =>
        matcher.Place(Report(index, 1, "Microsoft issues emergency patch for Internet Explorer",
            "Microsoft issued an emergency patch for Internet Explorer on Wednesday to fix a flaw that attackers were already using to take over computers.",
            "The out-of-band update was the company's first unscheduled fix of 2008, a year in which attacks on browsers rose sharply.",
            "Security experts urged users to install the patch at once or switch browsers until they could.",
            "Banks, retailers and government offices were told to act before the weekend, and antivirus vendors shipped new signatures overnight.")).Story;

    // The same kind of event five years on: nearly every word is shared, the year is not.
    private static IndexedArticle LaterYearsPatch(StoryIndex index) =>
        Report(index, 2, "Microsoft rushes out fix for Internet Explorer",
            "Microsoft rushed out a temporary fix on Tuesday, days after researchers found attackers exploiting a hole in the browser.",
            "It is the second unscheduled update of 2013, after a similar fix in January 2013; a full patch will follow next month.",
            "Older versions are the most exposed, the company said.",
            "Researchers in Tokyo spotted the attacks against companies in Japan, whose staff were lured to a booby-trapped website that installed spying software.");

    /// <summary>With the year check (the default) the two patches stay apart; without it they are one story.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TheYearCheckKeepsTheSameKindOfEventInAnotherYearApart(bool check)
    {
        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, check ? new ClusteringOptions() : new ClusteringOptions { YearContrast = 1 });
        var first = PatchStory(index, matcher);

        var later = matcher.Place(LaterYearsPatch(index)).Story;

        Assert.Equal(check, !ReferenceEquals(first, later));
    }

    [Fact]
    public void DatedReportsAcrossNewYearAreJudgedByTheirDatesNotTheirYears()
    {
        var index = new StoryIndex();
        var matcher = new StoryMatcher(index, new ClusteringOptions());
        var first = matcher.Place(Dated(index, 1, new DateTime(2026, 12, 30), "Microsoft issues emergency patch for Internet Explorer",
            "Microsoft issued an emergency patch for Internet Explorer on Wednesday to fix a flaw that attackers were already using to take over computers.",
            "The out-of-band update was the company's first unscheduled fix in months, after attacks on browsers rose sharply.",
            "Security experts urged users to install the patch at once or switch browsers until they could.",
            "Banks, retailers and government offices were told to act before the weekend, and antivirus vendors shipped new signatures overnight.")).Story;

        // Close to the join bar: the year check alone (2027 against 2026) would keep it out.
        var later = matcher.Place(Dated(index, 2, new DateTime(2027, 1, 2), "Microsoft rushes out fix for Internet Explorer",
            "Microsoft rushed out a temporary fix on Tuesday, days after researchers found attackers exploiting a hole in the browser.",
            "It is the second unscheduled update in a month; a full patch will follow.",
            "Older versions are the most exposed, the company said.",
            "Researchers in Tokyo spotted the attacks against companies in Japan, whose staff were lured to a booby-trapped website that installed spying software.")).Story;

        Assert.Same(first, later);
    }

    private static IndexedArticle Dated(StoryIndex index, int id, DateTime published, string title, params string[] body) =>
        index.Add(id, FeatureExtractor.Extract(title, body, published), published);

    [Fact]
    public void ANameMostReportsWriteAfterTheIsNoSurname()
    {
        var index = new StoryIndex();
        var asSurname = new ArticleTerms();
        asSurname.Add("n:chargers", 1, null);
        asSurname.Surnames.Add("n:chargers");
        var asBody = new ArticleTerms();
        asBody.Add("n:chargers", 1, null);
        asBody.Bodies.Add("n:chargers");

        index.Add(1, asSurname, null);
        Assert.True(index.IsSurname(index_TermId(index, "n:chargers")));

        index.Add(2, asBody, null);
        Assert.False(index.IsSurname(index_TermId(index, "n:chargers")));
    }

    private static int index_TermId(StoryIndex index, string term) =>
        Enumerable.Range(0, index.TermCount).Single(t => index.TermText(t) == term);
}
