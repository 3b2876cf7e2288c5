using NewsAggregator.Core.Search;

namespace NewsAggregator.Core.Tests.Search;

public class SearchQueryTests
{
    [Fact]
    public void BareWordsBecomeQuotedPrefixTerms()
    {
        var query = SearchQuery.Parse("Zelensky missiles");

        Assert.Equal("\"Zelensky\"* \"missiles\"*", query.Expression);
    }

    [Fact]
    public void QuotedTextStaysAnExactPhrase()
    {
        var query = SearchQuery.Parse("\"long-range missiles\" Biden");

        Assert.Equal("\"long-range missiles\" \"Biden\"*", query.Expression);
    }

    [Fact]
    public void OperatorsAndBracketsPassThrough()
    {
        var query = SearchQuery.Parse("(Kursk OR Kharkiv) NOT Biden");

        Assert.Equal("( \"Kursk\"* OR \"Kharkiv\"* ) NOT \"Biden\"*", query.Expression);
    }

    [Fact]
    public void PunctuationInsideAWordCannotBecomeSyntax()
    {
        var query = SearchQuery.Parse("U.S.-supplied col:umn ^start");

        Assert.Equal("\"U.S.-supplied\"* \"col:umn\"* \"^start\"*", query.Expression);
    }

    [Fact]
    public void ShortWordsAreNotExpandedUnlessAsked()
    {
        Assert.Equal("\"US\"", SearchQuery.Parse("US").Expression);
        Assert.Equal("\"US\"*", SearchQuery.Parse("US*").Expression);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("*")]
    [InlineData("\"unbalanced phrase")]
    [InlineData("\" \"")]
    [InlineData("AND")]
    public void QueriesWithoutSearchableWordsExplainWhy(string text)
    {
        var query = SearchQuery.Parse(text);

        Assert.False(query.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(query.Problem));
    }

    [Fact]
    public void OverlongQueriesAreRefused()
    {
        Assert.False(SearchQuery.Parse(new string('a', SearchQuery.MaxLength + 1)).IsValid);
    }
}
