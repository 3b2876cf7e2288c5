using System.Text;

namespace NewsAggregator.Core.Clustering;

/// <summary>Splits text into lower-case word tokens, dropping short and very common words.</summary>
public static class Tokenizer
{
    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "for", "that", "with", "was", "were", "has", "have", "had", "are", "but", "not", "this",
        "from", "his", "her", "its", "they", "their", "them", "who", "which", "will", "would", "could", "been",
        "said", "says", "also", "after", "about", "into", "than", "more", "other", "some", "such", "there",
        "what", "when", "where", "while", "can", "our", "out", "all", "one", "two", "new", "over", "may",
    ];

    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (c is '\'' or '\u2019' && word.Length > 0)
            {
                // "Biden's" -> "biden": the possessive tail carries no meaning.
                var token = word.ToString();
                word.Clear();
                if (Keep(token))
                {
                    yield return token;
                }

                continue;
            }

            if (word.Length > 0)
            {
                var token = word.ToString();
                word.Clear();
                if (Keep(token))
                {
                    yield return token;
                }
            }
        }
    }

    private static bool Keep(string token) => token.Length >= 3 && !StopWords.Contains(token);
}
