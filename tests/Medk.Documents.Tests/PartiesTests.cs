namespace Medk.Documents.Tests;

public class ResponsibleSplitterTests
{
    [Theory]
    [InlineData("О.А. Ефимова, руководители ОО, кураторы", new[] { "О.А. Ефимова", "руководители ОО", "кураторы" })]
    [InlineData("РУО, ОО", new[] { "РУО", "ОО" })]
    [InlineData("МО И Н РК БУ ДПО РК «КРИПКРО», Муниципалитеты", new[] { "МО И Н РК", "БУ ДПО РК «КРИПКРО»", "Муниципалитеты" })]
    [InlineData("МО И Н РК БУ ДПО РК «КРИПКРО» муниципалитеты", new[] { "МО И Н РК", "БУ ДПО РК «КРИПКРО»", "муниципалитеты" })]
    [InlineData("Мойн РК Муниципалитеты", new[] { "Мойн РК", "Муниципалитеты" })]
    [InlineData("О.А. Ефимова\nкураторы", new[] { "О.А. Ефимова", "кураторы" })]
    [InlineData("Гомбоева В.М.; Ефимова О.А.", new[] { "Гомбоева В.М.", "Ефимова О.А." })]
    [InlineData("МБОУ «СОШ № 15, корпус 2», РУО", new[] { "МБОУ «СОШ № 15, корпус 2»", "РУО" })]
    [InlineData("  ", new string[0])]
    public void Split_NamesEachParty(string cell, string[] parties)
    {
        Assert.Equal(parties, ResponsibleSplitter.Split(cell));
    }

    [Fact]
    public void Split_MinistryWithAbbreviationAndInstitute_KeepsParenthesesWithTheirParty()
    {
        var parties = ResponsibleSplitter.Split(
            "Министерство образования и науки Республики Калмыкия (МОиНРК) БУ ДПО РК «Калмыцкий республиканский институт повышения квалификации работников образования», муниципальные органы управления образованием (БУ ДПО РК «КРИПКРО»)");

        Assert.Equal(
            ["Министерство образования и науки Республики Калмыкия (МОиНРК)", "БУ ДПО РК «Калмыцкий республиканский институт повышения квалификации работников образования»", "муниципальные органы управления образованием (БУ ДПО РК «КРИПКРО»)"],
            parties);
    }
}

public class PartyMatcherTests
{
    private static readonly PartyMatcher Matcher = new(
        [
            new OrganizationCandidate(1, "Министерство образования и науки Республики Калмыкия", "МОиН РК", ["МОиНРК"]),
            new OrganizationCandidate(2, "БУ ДПО РК «Калмыцкий республиканский институт повышения квалификации работников образования»", "КРИПКРО"),
            new OrganizationCandidate(3, "Районное управление образования", "РУО"),
            new OrganizationCandidate(4, "Информационно-методический центр РУО", "ИМЦ РУО"),
        ],
        [
            new PersonCandidate(10, "Ефимова Ольга Александровна"),
            new PersonCandidate(11, "Ольга Петровна Ефимова"),
            new PersonCandidate(12, "Гомбоева Валентина Михайловна", "Гомбоева В.М."),
        ]);

    [Theory]
    [InlineData("МОиН РК")]
    [InlineData("МОиНРК")]
    [InlineData("МО И Н РК")]
    [InlineData("Мойн РК")]
    [InlineData("моин рк")]
    [InlineData("Министерство образования и науки Республики Калмыкия (МОиНРК)")]
    [InlineData("министерство образования и науки республики калмыкия")]
    public void Match_MinistryWrittenAnyWay_ResolvesToIt(string text)
    {
        Assert.Equal(1, Matcher.Match(text).OrganizationId);
    }

    [Theory]
    [InlineData("БУ ДПО РК «КРИПКРО»", 2)]
    [InlineData("КРИПКРО", 2)]
    [InlineData("РУО", 3)]
    [InlineData("ИМЦ РУО", 4)]
    [InlineData("ИМЦ  РУО", 4)]
    public void Match_Abbreviations_ResolveToOrganizations(string text, int id)
    {
        Assert.Equal(id, Matcher.Match(text).OrganizationId);
    }

    [Theory]
    [InlineData("О.А. Ефимова")]
    [InlineData("Ефимова О.А.")]
    [InlineData("Ефимова О. А.")]
    [InlineData("Ефимова Ольга Александровна")]
    [InlineData("Ольга Александровна Ефимова")]
    public void Match_PersonByInitialsInAnyOrder_ResolvesToPerson(string text)
    {
        var match = Matcher.Match(text);

        Assert.Equal(10, match.PersonId);
        Assert.Null(match.OrganizationId);
    }

    [Fact]
    public void Match_SurnameSharedByTwoPeople_StaysUnresolved()
    {
        Assert.False(Matcher.Match("Ефимова").IsResolved);
    }

    [Fact]
    public void Match_PersonNamedInsideText_IsFound()
    {
        Assert.Equal(12, Matcher.Match("начальник РУО В.М. Гомбоева").PersonId);
    }

    [Fact]
    public void Match_Unknown_StaysUnresolvedWithText()
    {
        var match = Matcher.Match("руководители ОО");

        Assert.False(match.IsResolved);
        Assert.Equal("руководители ОО", match.Text);
    }
}
