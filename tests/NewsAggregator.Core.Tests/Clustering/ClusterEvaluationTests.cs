using NewsAggregator.Core.Clustering;

namespace NewsAggregator.Core.Tests.Clustering;

public class ClusterEvaluationTests
{
    private static readonly Dictionary<string, string> Gold = new()
    {
        ["a"] = "1", ["b"] = "1", ["c"] = "1", ["d"] = "2", ["e"] = "2",
    };

    [Fact]
    public void APerfectPredictionScoresOne()
    {
        var scores = ClusterEvaluation.Evaluate(Gold, new Dictionary<string, string?>
        {
            ["a"] = "x", ["b"] = "x", ["c"] = "x", ["d"] = "y", ["e"] = "y",
        });

        Assert.Equal(1, scores.PairwiseF1);
        Assert.Equal(1, scores.BCubedF1);
    }

    [Fact]
    public void ComputesPairwiseAndBCubedByHand()
    {
        // Predicted {a,b} {c,d,e}: true pairs ab, de = 2 of 4 predicted pairs and 4 gold pairs.
        var scores = ClusterEvaluation.Evaluate(Gold, new Dictionary<string, string?>
        {
            ["a"] = "x", ["b"] = "x", ["c"] = "y", ["d"] = "y", ["e"] = "y",
        });

        Assert.Equal(0.5, scores.PairwisePrecision, 6);
        Assert.Equal(0.5, scores.PairwiseRecall, 6);
        // BCubed precision: a,b 1; c 1/3; d,e 2/3 -> (1+1+1/3+2/3+2/3)/5.
        Assert.Equal((1 + 1 + (1 / 3.0) + (2 / 3.0) + (2 / 3.0)) / 5, scores.BCubedPrecision, 6);
        // BCubed recall: a,b 2/3; c 1/3; d,e 1 -> (2/3+2/3+1/3+1+1)/5.
        Assert.Equal(((2 / 3.0) + (2 / 3.0) + (1 / 3.0) + 1 + 1) / 5, scores.BCubedRecall, 6);
    }

    [Fact]
    public void AGoldDocumentWithoutPredictionIsASingleton()
    {
        var scores = ClusterEvaluation.Evaluate(Gold, new Dictionary<string, string?>
        {
            ["a"] = "x", ["b"] = "x", ["d"] = "y", ["e"] = "y", ["zzz"] = "x",
        });

        Assert.Equal(1, scores.PairwisePrecision);
        Assert.Equal(2 / 4.0, scores.PairwiseRecall, 6);
        Assert.Equal(3, scores.PredictedClusters);
    }

    [Fact]
    public void ReadsGoldAndRejectsBadLinesWithTheirNumber()
    {
        var gold = ClusterEvaluation.ReadGold(new StringReader("a\t1\n\n# comment\nb\t2\n"));
        Assert.Equal(2, gold.Count);

        var error = Assert.Throws<FormatException>(() => ClusterEvaluation.ReadGold(new StringReader("a\t1\nbroken line\n")));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RendersTextAndJson()
    {
        var scores = ClusterEvaluation.Evaluate(Gold, new Dictionary<string, string?>());

        Assert.Contains("BCubed", scores.ToText(), StringComparison.Ordinal);
        Assert.Contains("\"bCubedF1\"", scores.ToJson(), StringComparison.Ordinal);
    }
}
