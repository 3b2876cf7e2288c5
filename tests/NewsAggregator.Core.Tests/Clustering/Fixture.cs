namespace NewsAggregator.Core.Tests.Clustering;

/// <summary>
/// A dozen short reports written for these tests, on four events: two different earthquakes (same
/// kind, different places and magnitudes), a dairy takeover and a singer entering rehab. Headlines
/// are rewritten from one report to the next, as outlets do.
/// </summary>
public static class Fixture
{
    public static readonly IReadOnlyDictionary<string, string> Gold = new Dictionary<string, string>
    {
        ["chile-1"] = "quake-chile", ["chile-2"] = "quake-chile", ["chile-3"] = "quake-chile",
        ["sulawesi-1"] = "quake-sulawesi", ["sulawesi-2"] = "quake-sulawesi", ["sulawesi-3"] = "quake-sulawesi",
        ["dairy-1"] = "takeover", ["dairy-2"] = "takeover", ["dairy-3"] = "takeover",
        ["rehab-1"] = "rehab", ["rehab-2"] = "rehab", ["rehab-3"] = "rehab",
    };

    public static IReadOnlyList<TestDoc> Docs { get; } =
    [
        new("chile-1", "Strong earthquake shakes central Chile, killing 12",
        [
            "A magnitude 7.1 earthquake struck off the coast of central Chile on Tuesday, killing at least 12 people and damaging homes in Valparaiso.",
            "The quake was centred 40 kilometres west of Valparaiso at a depth of 25 kilometres, according to the Chilean seismology office.",
            "President Gabriel Boric said rescue teams had been sent to the coastal towns of Quintero and Concon.",
        ]),
        new("chile-2", "Valparaiso counts the dead after 7.1 quake",
        [
            "Rescuers in Valparaiso searched collapsed houses on Wednesday after a magnitude 7.1 earthquake killed 12 people along the Chilean coast.",
            "Boric visited Quintero, where a church tower fell, and promised emergency funds for the Valparaiso region.",
            "Chile's navy briefly issued a tsunami warning that was lifted an hour later.",
        ]),
        new("chile-3", "Chile quake: tsunami alert lifted as Boric tours damage",
        [
            "The tsunami warning issued after Tuesday's magnitude 7.1 earthquake off Valparaiso has been lifted, the Chilean navy said.",
            "At least 12 people died in Valparaiso, Quintero and Concon, and more than 300 homes were damaged.",
            "Gabriel Boric declared a state of catastrophe in the region.",
        ]),
        new("sulawesi-1", "Earthquake in Indonesia's Sulawesi kills 30",
        [
            "A magnitude 6.4 earthquake hit Indonesia's Sulawesi island on Friday, killing at least 30 people in the city of Mamuju.",
            "The quake struck at a depth of 10 kilometres, the Indonesian meteorology agency BMKG said.",
            "Hundreds of residents of Mamuju fled to higher ground fearing a tsunami.",
        ]),
        new("sulawesi-2", "Mamuju hospital collapses as 6.4 quake rocks Sulawesi",
        [
            "A hospital in Mamuju collapsed when a magnitude 6.4 earthquake shook West Sulawesi, trapping patients and staff.",
            "Indonesia's disaster agency BNPB said 30 people were killed and 600 injured.",
            "President Joko Widodo ordered the army to help with the rescue in Mamuju and Majene.",
        ]),
        new("sulawesi-3", "Indonesia: rescuers dig through rubble in Mamuju",
        [
            "Rescuers in West Sulawesi pulled survivors from the rubble of a hotel in Mamuju on Saturday, a day after the magnitude 6.4 quake.",
            "The BNPB disaster agency put the death toll at 30, with thousands sleeping in tents in Majene.",
            "Joko Widodo is expected to visit Sulawesi on Sunday.",
        ]),
        new("dairy-1", "Acme Foods agrees to buy Borealis Dairy for $4.2 billion",
        [
            "Acme Foods said on Monday it had agreed to buy Borealis Dairy for $4.2 billion in cash, creating the largest milk processor in the Nordics.",
            "Borealis shareholders will receive 38 dollars a share, a premium of 27 percent.",
            "Acme chief executive Linda Sorensen said the deal would close next year pending approval from competition regulators.",
        ]),
        new("dairy-2", "Borealis shares jump 25% on Acme takeover deal",
        [
            "Shares in Borealis Dairy jumped 25 percent after Acme Foods agreed to take over the milk producer for $4.2 billion.",
            "Linda Sorensen, who runs Acme, told analysts the takeover would save 200 million dollars a year.",
            "Regulators in Brussels are expected to examine the Borealis deal.",
        ]),
        new("dairy-3", "Acme's $4.2bn Borealis bid faces antitrust review",
        [
            "The $4.2 billion purchase of Borealis Dairy by Acme Foods will face an antitrust review, European regulators said.",
            "Acme and Borealis together would control about 40 percent of the Nordic milk market.",
            "Sorensen said Acme was confident the takeover would be approved.",
        ]),
        new("rehab-1", "Singer Marla Quinn enters rehab",
        [
            "Pop singer Marla Quinn has checked into the Cedar Hills treatment centre, her publicist confirmed on Thursday.",
            "The 29-year-old cancelled the last six dates of her European tour last week.",
            "Quinn asked fans to respect her privacy while she seeks treatment.",
        ]),
        new("rehab-2", "Marla Quinn cancels tour, checks into Cedar Hills",
        [
            "Marla Quinn is receiving treatment at Cedar Hills in Arizona after cancelling six shows of her tour.",
            "Her publicist, Devon Park, said the singer made the decision herself.",
            "Quinn's album Glass Rivers topped the charts in March.",
        ]),
        new("rehab-3", "Quinn's publicist: singer 'getting the help she needs'",
        [
            "Devon Park, publicist for Marla Quinn, said the singer was getting the help she needs at the Cedar Hills centre.",
            "The 29-year-old star of Glass Rivers pulled out of six European concerts.",
            "Fans left messages of support for Quinn outside the Cedar Hills gates.",
        ]),
    ];
}
