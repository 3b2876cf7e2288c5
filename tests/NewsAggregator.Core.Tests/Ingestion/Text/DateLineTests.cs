using NewsAggregator.Core.Ingestion.Text;

namespace NewsAggregator.Core.Tests.Ingestion.Text;

public class DateLineTests
{
    [Theory]
    [InlineData("Published: July 29, 2004", 2004, 7, 29)]
    [InlineData("on Tuesday, 16 December 2008 13:45.", 2008, 12, 16)]
    [InlineData("Updated 7 / 28 / 2004 3:02:00 PM ET", 2004, 7, 28)]
    [InlineData("WEDNESDAY, MARCH 4, 2009, 10:53 AM", 2009, 3, 4)]
    [InlineData("published: 2012-04-04 11:47:35", 2012, 4, 4)]
    [InlineData("11 / 28 / 05", 2005, 11, 28)]
    [InlineData("Posted on September 10th, 2010", 2010, 9, 10)]
    [InlineData("Article posted on 08. 07. 2012", 2012, 7, 8)]
    public void ReadsTheDateOfADateLine(string line, int year, int month, int day)
    {
        Assert.True(DateLine.TryRead(line, out var date));
        Assert.NotNull(date);
        Assert.Equal(new DateOnly(year, month, day), DateOnly.FromDateTime(date.Value.DateTime));
    }

    [Fact]
    public void AppliesAKnownZoneAndTheAfternoonHour()
    {
        Assert.True(DateLine.TryRead("Updated: May 16, 2005, 6:03 PM EDT", out var date));
        Assert.Equal(new DateTimeOffset(2005, 5, 16, 18, 3, 0, TimeSpan.FromHours(-4)), date);
    }

    [Fact]
    public void AppliesANumericZoneOffset()
    {
        Assert.True(DateLine.TryRead("Updated 3:45 PM GMT+1, November 18, 2024", out var date));
        Assert.Equal(new DateTimeOffset(2024, 11, 18, 15, 45, 0, TimeSpan.FromHours(1)), date);
    }

    [Theory]
    [InlineData("Updated 9:06 AM")]
    [InlineData("WASHINGTON, DC, April 28, 2009")]
    [InlineData("Monday, SEPT.")] // no digit at all: only the month name makes it a date line
    [InlineData("Posted (March)")]
    [InlineData("\uFF12\uFF10\uFF12\uFF14-\uFF11\uFF11-\uFF13\uFF10")] // full-width digits count as digits
    public void RecognisesDateLinesItCannotFullyRead(string line) => Assert.True(DateLine.TryRead(line, out _));

    [Theory]
    [InlineData("Teixeira will be 29 in April.")]
    [InlineData("In May, the White House authorized limited cross-border strikes into Russia.")]
    [InlineData("The vote is set for March 3 after the council meets again in the spring session.")]
    [InlineData("Zelenskyy Responds Cautiously")]
    [InlineData("Marching orders")] // a month's letters inside a longer word are not a month
    [InlineData("")]
    public void LeavesSentencesAlone(string line) => Assert.False(DateLine.TryRead(line, out _));

    [Fact]
    public void RefusesImpossibleDatesWithoutThrowing()
    {
        Assert.True(DateLine.TryRead("Published: February 31, 2013", out var date));
        Assert.Null(date);
    }
}
