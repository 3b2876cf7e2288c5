namespace NewsAggregator.Core.Clustering;

/// <summary>
/// Brings variant spellings of a name to one key: case and accents fold ("ATACMS"/"ATACMs"), and
/// longer names keep only their first letter and consonant skeleton, so transliteration variants
/// that differ in vowels or doubled letters meet ("Zelenskyy"/"Zelensky"/"Zelenskiy").
/// </summary>
public static class NameKey
{
    /// <summary>Below this length a skeleton would make unrelated short names collide ("Reid"/"Rudd").</summary>
    private const int SkeletonMinLength = 6;

    public static string For(string name) => Key("", Tokenizer.Fold(name));

    /// <summary>The key of a name already folded (<see cref="Tokenizer.Fold"/>), after a prefix, in one allocation.</summary>
    public static string Term(string prefix, string folded) => Key(prefix, folded);

    private static string Key(string prefix, string folded)
    {
        if (folded.Length < SkeletonMinLength)
        {
            return prefix.Length == 0 ? folded : prefix + folded;
        }

        // A run of letters can be as long as the text that holds it: only short ones go on the stack.
        var size = prefix.Length + folded.Length;
        var buffer = size <= 128 ? stackalloc char[size] : new char[size];
        prefix.CopyTo(buffer);
        var length = prefix.Length;
        buffer[length++] = folded[0];
        for (var i = 1; i < folded.Length; i++)
        {
            var c = folded[i];
            if (IsVowel(c) || c == buffer[length - 1])
            {
                continue;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'h' or 'w';
}
