using Medk.Core.Common;
using Medk.Core.FiveHundredPlus.Practices;
using Medk.Core.Monitoring.Evidence;
using Medk.Core.Monitoring.Submissions;

namespace Medk.Core.Tests.FiveHundredPlus.Practices;

public class PracticeTests
{
    private const int School = 41;
    private static readonly Guid Author = Guid.Parse("a0000000-0000-0000-0000-000000000001");
    private static readonly Guid Moderator = Guid.Parse("b0000000-0000-0000-0000-000000000002");
    private static readonly DateTimeOffset Now = new(2022, 6, 1, 9, 0, 0, TimeSpan.FromHours(8));

    // The one place that knows how a file is handed over, so a reshape of file storage touches only this line.
    private static StoredFile AFile(int n = 1) => new($"презентация-{n}.pdf", EvidenceKind.Pdf, 4, new string('a', 64), Author, Now, StoredFile.NewKey());

    private static Practice Offer(string? title = "Родительский университет", string? description = "Цикл встреч с родителями шестиклассников.",
        string? topic = "Работа с родителями", int? factorId = 10, string? factorName = "Низкий уровень вовлеченности родителей", string authorName = "Иванова Мария Петровна") =>
        new(School, Author, authorName, title, description, topic, factorId, factorName, Now);

    [Fact]
    public void New_WaitsForModerationWithWhatTheAuthorWrote()
    {
        var practice = Offer(title: "  Родительский университет ", topic: " Работа с родителями ");

        Assert.Equal(PracticeStatus.Pending, practice.Status);
        Assert.Equal((School, Author, "Иванова Мария Петровна"), (practice.OrganizationId, practice.AuthorId, practice.AuthorName));
        Assert.Equal("Родительский университет", practice.Title);
        Assert.Equal("Работа с родителями", practice.Topic);
        Assert.Equal((10, "Низкий уровень вовлеченности родителей"), (practice.RiskFactorId, practice.RiskFactorName));
        Assert.Equal(Now, practice.CreatedAt);
        Assert.Null(practice.ModeratedBy);
        Assert.Null(practice.ModeratedAt);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void New_WithoutTitle_IsRefused(string? title)
    {
        var e = Assert.Throws<DomainException>(() => Offer(title: title));
        Assert.Equal("title", e.Field);
        Assert.Contains("Назовите практику", e.Message);
    }

    [Fact]
    public void New_TitleOfTheMaximumLength_IsAcceptedAndLonger_Refused()
    {
        Assert.Equal(Practice.TitleMaxLength, Offer(title: new string('п', Practice.TitleMaxLength)).Title.Length);
        Assert.Contains("до 300 символов", Assert.Throws<DomainException>(() => Offer(title: new string('п', Practice.TitleMaxLength + 1))).Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void New_WithoutDescription_IsRefused(string? description)
    {
        var e = Assert.Throws<DomainException>(() => Offer(description: description));
        Assert.Equal("description", e.Field);
        Assert.Contains("Опишите практику", e.Message);
    }

    [Fact]
    public void New_DescriptionLongerThanTheMaximum_IsRefused()
    {
        Assert.Equal(Practice.DescriptionMaxLength, Offer(description: new string('о', Practice.DescriptionMaxLength)).Description.Length);
        Assert.Equal("description", Assert.Throws<DomainException>(() => Offer(description: new string('о', Practice.DescriptionMaxLength + 1))).Field);
    }

    [Fact]
    public void New_TopicLongerThanTheMaximum_IsRefused()
    {
        var e = Assert.Throws<DomainException>(() => Offer(topic: new string('т', Practice.TopicMaxLength + 1)));
        Assert.Equal("topic", e.Field);
        Assert.Contains("Тема", e.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void New_WithoutTopic_HasNoTopicKey(string? topic)
    {
        var practice = Offer(topic: topic);
        Assert.Null(practice.Topic);
        Assert.Null(practice.TopicKey);
    }

    [Fact]
    public void TopicKey_IsTheSameForTopicsDifferingInCaseAndЁ() =>
        Assert.Equal(Offer(topic: "Учёт МОТИВАЦИИ").TopicKey, Offer(topic: "учет мотивации").TopicKey);

    [Fact]
    public void New_FactorNameWithoutFactor_IsDropped()
    {
        var practice = Offer(factorId: null, factorName: "Дефицит педагогических кадров");
        Assert.Null(practice.RiskFactorId);
        Assert.Null(practice.RiskFactorName);
        Assert.DoesNotContain("дефицит", practice.SearchText);
    }

    [Fact]
    public void SearchText_FoldsTitleDescriptionTopicAndFactor()
    {
        var practice = Offer(title: "«Родительский» УНИВЕРСИТЕТ", description: "Встречи с родителями.", topic: "Работа с родителями", factorName: "Вовлечённость родителей");
        Assert.Equal("родительский университет встречи с родителями. работа с родителями вовлеченность родителей", practice.SearchText);
    }

    [Fact]
    public void SearchText_OfTheLongestPractice_KeepsEveryWord()
    {
        var factor = new string('г', 300);
        var practice = Offer(title: new string('а', Practice.TitleMaxLength), description: new string('б', Practice.DescriptionMaxLength),
            topic: new string('в', Practice.TopicMaxLength), factorName: factor);
        Assert.InRange(practice.SearchText.Length, 1, Practice.SearchTextMaxLength);
        Assert.EndsWith(" " + factor, practice.SearchText);
    }

    [Fact]
    public void New_LongAuthorName_IsCutTo200() =>
        Assert.Equal(200, Offer(authorName: new string('И', 250)).AuthorName.Length);

    [Fact]
    public void Publish_ByAnotherCoordinator_PutsItInTheBank()
    {
        var practice = Offer();
        practice.Publish(Moderator, "Петров П. П.", Now.AddDays(1));

        Assert.Equal(PracticeStatus.Published, practice.Status);
        Assert.Equal((Moderator, "Петров П. П.", Now.AddDays(1)), (practice.ModeratedBy, practice.ModeratedByName, practice.ModeratedAt));
        Assert.Null(practice.ModerationComment);
    }

    [Fact]
    public void Publish_ByItsAuthor_IsRefused()
    {
        var practice = Offer();
        var e = Assert.Throws<DomainException>(() => practice.Publish(Author, "Иванова М. П.", Now));
        Assert.Contains("другой координатор", e.Message);
        Assert.Equal(PracticeStatus.Pending, practice.Status);
    }

    [Fact]
    public void Reject_ByItsAuthor_IsRefused() =>
        Assert.Throws<DomainException>(() => Offer().Reject(Author, "Иванова М. П.", "Не то", Now));

    [Fact]
    public void Publish_Twice_IsRefused()
    {
        var practice = Offer();
        practice.Publish(Moderator, "Петров П. П.", Now);
        var e = Assert.Throws<DomainException>(() => practice.Publish(Moderator, "Петров П. П.", Now.AddDays(1)));
        Assert.Equal("Практика уже рассмотрена.", e.Message);
        Assert.Equal(Now, practice.ModeratedAt);
    }

    [Fact]
    public void Reject_WithComment_TurnsItDownAndTellsTheAuthorWhy()
    {
        var practice = Offer();
        practice.Reject(Moderator, "Петров П. П.", "  Опишите результаты в цифрах. ", Now);

        Assert.Equal(PracticeStatus.Rejected, practice.Status);
        Assert.Equal("Опишите результаты в цифрах.", practice.ModerationComment);
        Assert.Equal(Moderator, practice.ModeratedBy);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Reject_WithoutComment_IsRefused(string? comment)
    {
        var practice = Offer();
        var e = Assert.Throws<DomainException>(() => practice.Reject(Moderator, "Петров П. П.", comment, Now));
        Assert.Equal("comment", e.Field);
        Assert.Contains("комментарий обязателен", e.Message);
        Assert.Equal(PracticeStatus.Pending, practice.Status);
    }

    [Fact]
    public void Reject_CommentLongerThanTheMaximum_IsRefused()
    {
        var practice = Offer();
        var e = Assert.Throws<DomainException>(() => practice.Reject(Moderator, "Петров П. П.", new string('к', Practice.CommentMaxLength + 1), Now));
        Assert.Equal("comment", e.Field);
        practice.Reject(Moderator, "Петров П. П.", new string('к', Practice.CommentMaxLength), Now);
        Assert.Equal(PracticeStatus.Rejected, practice.Status);
    }

    [Fact]
    public void Rejected_CannotBePublishedAfterwards()
    {
        var practice = Offer();
        practice.Reject(Moderator, "Петров П. П.", "Повтор существующей практики.", Now);
        Assert.Throws<DomainException>(() => practice.Publish(Moderator, "Петров П. П.", Now));
        Assert.Equal(PracticeStatus.Rejected, practice.Status);
    }

    [Fact]
    public void Moderation_LongModeratorName_IsCutTo200()
    {
        var practice = Offer();
        practice.Publish(Moderator, new string('П', 300), Now);
        Assert.Equal(200, practice.ModeratedByName!.Length);
    }

    [Fact]
    public void Attach_BeforeModeration_UpToTheLimit()
    {
        var practice = Offer();
        for (var i = 0; i < Practice.MaxFiles; i++)
        {
            practice.Attach(AFile(i));
        }
        var e = Assert.Throws<DomainException>(() => practice.Attach(AFile(99)));
        Assert.Equal("files", e.Field);
        Assert.Contains("не больше 10 файлов", e.Message);
        Assert.Equal(Practice.MaxFiles, practice.Files.Count);
    }

    [Fact]
    public void Attach_AfterModeration_IsRefused()
    {
        var practice = Offer();
        practice.Publish(Moderator, "Петров П. П.", Now);
        var e = Assert.Throws<DomainException>(() => practice.Attach(AFile()));
        Assert.Contains("только до модерации", e.Message);
        Assert.Empty(practice.Files);
    }

    [Fact]
    public void Glossary_NamesEveryStatusInRussian()
    {
        Assert.Equal(new[] { "На модерации", "Опубликована", "Отклонена" }, Enum.GetValues<PracticeStatus>().Select(PracticeGlossary.Status));
        Assert.Equal(PracticeGlossary.SuggestedTopics.Count, PracticeGlossary.SuggestedTopics.Select(Common.SearchText.Fold).Distinct().Count());
    }
}
