using Medk.Web.Features.Shared;

namespace Medk.Web.Tests.Scenarios;

/// <summary>Short dates name the year unless the roadmap lies within one calendar year and the date is in it.</summary>
public class ShortDateTests
{
    [Theory]
    [InlineData("2022-03-31", "2022-01-01", "2022-12-31", "31.03")]
    [InlineData("2022-03-31", "2021-01-01", "2022-12-31", "31.03.2022")]
    [InlineData("2021-03-31", "2021-09-01", "2022-08-31", "31.03.2021")]
    [InlineData("2023-01-10", "2022-01-01", "2022-12-31", "10.01.2023")]
    public void ShortDate_ShowsTheYearWhereItIsNotObvious(string date, string start, string end, string shown)
    {
        Assert.Equal(shown, Format.ShortDate(DateOnly.Parse(date), DateOnly.Parse(start), DateOnly.Parse(end)));
    }
}
