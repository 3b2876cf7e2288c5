namespace NewsAggregator.Core.Comparison;

/// <summary>
/// The people a story names, learnt from all its reports: names after a title ("President Joe Biden",
/// "spokesman Dmitry Peskov") and the subjects of speech verbs ("Guterres said"). Names that share a
/// surname, allowing one letter of spelling difference ("Zelensky"/"Zelenskyy"), are one person, shown
/// under the fullest form seen. Pronouns in attributions resolve to the last person named before them.
/// </summary>
internal sealed class SpeakerLexicon
{
    private readonly List<Person> _people = [];

    public static SpeakerLexicon Learn(IEnumerable<string> paragraphs)
    {
        var lexicon = new SpeakerLexicon();
        foreach (var paragraph in paragraphs)
        {
            var tokens = FigureLexer.Tokenize(paragraph);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].IsWord && SpeechPatterns.IsTitle(tokens[i].Text)
                    && SpeechPatterns.CapitalisedRunStartingAt(tokens, i + 1) is { } titled)
                {
                    lexicon.Add(SpeechPatterns.CleanName(tokens, titled.Start, titled.End), titled: true);
                }

                if (SpeechPatterns.IsSpeechVerb(tokens[i]))
                {
                    if (SpeechPatterns.CapitalisedRunEndingAt(tokens, SpeechPatterns.SubjectEnd(tokens, i - 1)) is { } before)
                    {
                        lexicon.Add(SpeechPatterns.CleanName(tokens, before.Start, before.End), titled: false);
                    }
                    else if (SpeechPatterns.CapitalisedRunStartingAt(tokens, i + 1) is { } after)
                    {
                        lexicon.Add(SpeechPatterns.CleanName(tokens, after.Start, after.End), titled: false);
                    }
                }
            }
        }

        return lexicon;
    }

    /// <summary>The display form of <paramref name="name"/>: the fullest spelling of the same person.</summary>
    public string Canonical(string name) => Find(Surname(name))?.Display ?? name;

    /// <summary>Whether two speakers are the same person (by surname), for quote alignment.</summary>
    public static bool SamePerson(string a, string b) => SimilarSurname(Surname(a), Surname(b));

    /// <summary>
    /// The last person named in <paramref name="text"/>, for "he said". Only names seen with a title or
    /// a first name count: "Russia warned" teaches a speaker, not someone "he" can refer to.
    /// </summary>
    public string? LastNamedIn(string text)
    {
        var tokens = FigureLexer.Tokenize(text);
        for (var i = tokens.Count - 1; i >= 0; i--)
        {
            if (!SpeechPatterns.IsCapitalisedWord(tokens[i]))
            {
                continue;
            }

            var word = SpeechPatterns.StripPossessive(tokens[i].Text);
            if (Find(word) is { IsPerson: true } person)
            {
                return person.Display;
            }
        }

        return null;
    }

    /// <summary>The first person named in <paramref name="text"/>: the subject of "…, saying, “…”".</summary>
    public string? FirstNamedIn(string text)
    {
        foreach (var token in FigureLexer.Tokenize(text))
        {
            if (SpeechPatterns.IsCapitalisedWord(token) && Find(SpeechPatterns.StripPossessive(token.Text)) is { IsPerson: true } person)
            {
                return person.Display;
            }
        }

        return null;
    }

    private void Add(string? name, bool titled)
    {
        if (name is null)
        {
            return;
        }

        var surname = Surname(name);
        var isPerson = titled || name.Contains(' ', StringComparison.Ordinal);
        if (Find(surname) is { } person)
        {
            person.IsPerson |= isPerson;
            var words = name.Split(' ').Length;
            var known = person.Display.Split(' ').Length;
            if (words > known || (words == known && name.Length > person.Display.Length))
            {
                person.Display = name;
            }
        }
        else
        {
            _people.Add(new Person(surname) { Display = name, IsPerson = isPerson });
        }
    }

    private Person? Find(string surname) => _people.FirstOrDefault(p => SimilarSurname(p.Surname, surname));

    private static string Surname(string name) => SpeechPatterns.StripPossessive(name.Split(' ')[^1]);

    private static bool SimilarSurname(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return Math.Min(a.Length, b.Length) >= 5 && Math.Abs(a.Length - b.Length) <= 1
            && EditDistanceAtMostOne(a.ToLowerInvariant(), b.ToLowerInvariant());
    }

    private static bool EditDistanceAtMostOne(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        return a.Length == b.Length
            ? a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1))
            : a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1));
    }

    private sealed class Person(string surname)
    {
        public string Surname { get; } = surname;

        public required string Display { get; set; }

        public bool IsPerson { get; set; }
    }
}
