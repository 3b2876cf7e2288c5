using System.ComponentModel.DataAnnotations;

namespace NewsAggregator.Core.Clustering;

/// <summary>
/// Story grouping settings. The defaults were calibrated once on real labelled news and are meant to
/// be left alone; changing a setting takes full effect after a re-cluster.
/// </summary>
public sealed class ClusteringOptions
{
    public const string Section = "Clustering";

    /// <summary>
    /// Similarity an article needs with a story to join it: the better of its cosine with the
    /// story's centroid and with the closest kept member. Articles with fewer than 40 terms (a
    /// headline, a brief) face a bar lowered with the square root of their length, to at most half.
    /// </summary>
    [Range(0.01, 0.99)]
    public double Threshold { get; set; } = 0.36;

    /// <summary>
    /// Centroid cosine two stories need, once an article matches both, to become one. They also
    /// merge when their kept members are, on average, 1.3 times as similar as the join threshold asks.
    /// </summary>
    [Range(0.01, 0.99)]
    public double MergeThreshold { get; set; } = 0.5;

    /// <summary>
    /// Centroid cosine at which a small story (see <see cref="SatelliteSize"/>) is shown as part of
    /// a larger one: the loose second layer that gathers re-tellings in other words and
    /// follow-ups, while the join threshold keeps the established stories themselves tight. Zero
    /// turns the layer off.
    /// </summary>
    [Range(0.0, 0.99)]
    public double AttachThreshold { get; set; } = 0.12;

    /// <summary>
    /// Name cosine (people, places, organisations) a small story needs with a host as well: two
    /// earthquakes read alike in their words, and only the names tell them apart.
    /// </summary>
    [Range(0.0, 0.99)]
    public double AttachNameThreshold { get; set; } = 0.1;

    /// <summary>
    /// Stories of at most this many articles may be shown inside a larger one (always strictly
    /// larger: a stray inside a pair, a pair inside a story of three or more); larger ones stand alone.
    /// </summary>
    [Range(0, 100)]
    public int SatelliteSize { get; set; } = 2;

    /// <summary>
    /// How far (days) an article's publication may lie outside a story's first-to-last span and still
    /// join it. Only applies when both have dates.
    /// </summary>
    [Range(0.0, 3650.0)]
    public double MaxGapDays { get; set; } = 60;

    /// <summary>
    /// Document frequencies are smoothed as if the store held at least this many articles, so the
    /// first few imports do not treat every word as rare.
    /// </summary>
    [Range(0, 1_000_000)]
    public int MinimumCorpusSize { get; set; } = 50;

    /// <summary>How many of an article's most distinctive terms look up candidate stories.</summary>
    [Range(1, 200)]
    public int QueryTerms { get; set; } = 20;

    /// <summary>How many of the most recent stories per term a lookup reads: keeps cost flat as the store grows.</summary>
    [Range(10, 100_000)]
    public int PostingScanLimit { get; set; } = 400;

    /// <summary>How many best-looking candidate stories get an exact similarity.</summary>
    [Range(1, 1000)]
    public int Candidates { get; set; } = 12;

    /// <summary>
    /// Similarity is multiplied by this when the two sides are about different people: the most
    /// prominent surname of each (see <see cref="ArticleTerms.Surnames"/>) is one the other side
    /// barely mentions. Two players' drink-driving arrests, or one boxer's two title defences, share
    /// nearly every word; who was arrested, or who the opponent was, tells them apart. Such a pair
    /// of stories is not merged either. 1 turns the check off.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MainActorContrast { get; set; } = 0.6;

    /// <summary>
    /// Similarity is multiplied by this when the two sides are about different years: the year each
    /// names most (the publication year counts as a year named in the headline) is one the other side
    /// barely names. This year's patch for a browser flaw and one from five years before read alike,
    /// and an undated report often still says which year it is about. Such a pair of stories is not
    /// merged either. When both sides carry publication dates, <see cref="MaxGapDays"/> decides
    /// instead. 1 turns the check off.
    /// </summary>
    [Range(0.0, 1.0)]
    public double YearContrast { get; set; } = 0.8;
}
