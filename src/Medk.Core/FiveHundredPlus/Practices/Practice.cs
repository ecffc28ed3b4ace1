using Medk.Core.Common;
using Medk.Core.Monitoring.Submissions;

namespace Medk.Core.FiveHundredPlus.Practices;

/// <summary>Where a practice stands: waiting for a coordinator, in the bank for everyone, or turned down.</summary>
public enum PracticeStatus
{
    Pending,
    Published,
    Rejected,
}

/// <summary>
/// A best practice (лучшая практика) offered to the bank by a school team, a curator or a coordinator. A
/// coordinator of the author's territory publishes it, or rejects it with a comment; only then do other
/// users see it, and then across the whole country (the bank is for borrowing from other regions).
/// </summary>
public class Practice
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 8000;
    public const int TopicMaxLength = 200;
    public const int CommentMaxLength = 2000;
    public const int SearchTextMaxLength = 9000;
    public const int MaxFiles = 10;

    private readonly List<StoredFile> _files = [];

    private Practice()
    {
    }

    public Practice(int organizationId, Guid authorId, string authorName, string? title, string? description, string? topic,
        int? riskFactorId, string? riskFactorName, DateTimeOffset now)
    {
        title = title?.Trim() ?? "";
        description = description?.Trim() ?? "";
        topic = string.IsNullOrWhiteSpace(topic) ? null : topic.Trim();
        if (title.Length is 0 or > TitleMaxLength)
        {
            throw new DomainException($"Назовите практику (до {TitleMaxLength} символов).", "title");
        }
        if (description.Length is 0 or > DescriptionMaxLength)
        {
            throw new DomainException($"Опишите практику: что сделано и каков результат (до {DescriptionMaxLength} символов).", "description");
        }
        if (topic is { Length: > TopicMaxLength })
        {
            throw new DomainException($"Тема длиннее {TopicMaxLength} символов.", "topic");
        }
        OrganizationId = organizationId;
        AuthorId = authorId;
        AuthorName = authorName.Length > 200 ? authorName[..200] : authorName;
        Title = title;
        Description = description;
        Topic = topic;
        TopicKey = topic is null ? null : Common.SearchText.Fold(topic);
        RiskFactorId = riskFactorId;
        RiskFactorName = riskFactorId is null ? null : riskFactorName;
        Status = PracticeStatus.Pending;
        CreatedAt = now;
        var search = Common.SearchText.Normalize(title, description, topic, RiskFactorName);
        SearchText = search.Length > SearchTextMaxLength ? search[..SearchTextMaxLength] : search;
    }

    public int Id { get; private set; }

    /// <summary>The organization the author offers it from: its territory's coordinators moderate it.</summary>
    public int OrganizationId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string AuthorName { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string? Topic { get; private set; }

    /// <summary>The topic folded, so that «Работа с родителями» and «работа с родителями» are one topic on both databases.</summary>
    public string? TopicKey { get; private set; }

    /// <summary>A risk factor of a cycle; its name is kept too, because factors are per region and year and a search
    /// from another region matches by name.</summary>
    public int? RiskFactorId { get; private set; }
    public string? RiskFactorName { get; private set; }
    public PracticeStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public Guid? ModeratedBy { get; private set; }
    public string? ModeratedByName { get; private set; }
    public DateTimeOffset? ModeratedAt { get; private set; }
    public string? ModerationComment { get; private set; }

    /// <summary>Title, description, topic and factor folded (<see cref="Common.SearchText"/>): Cyrillic search on both databases.</summary>
    public string SearchText { get; private set; } = "";
    public IReadOnlyList<StoredFile> Files => _files;

    public void Attach(StoredFile file)
    {
        if (Status != PracticeStatus.Pending)
        {
            throw new DomainException("Файлы добавляются к практике только до модерации.", "files");
        }
        Attachments.Add(_files, file, MaxFiles, "К практике");
    }

    public void Publish(Guid by, string byName, DateTimeOffset now)
    {
        EnsurePending(by);
        Status = PracticeStatus.Published;
        Moderated(by, byName, null, now);
    }

    public void Reject(Guid by, string byName, string? comment, DateTimeOffset now)
    {
        EnsurePending(by);
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment is null)
        {
            throw new DomainException("Напишите автору, почему практика не принята: комментарий обязателен.", "comment");
        }
        if (comment.Length > CommentMaxLength)
        {
            throw new DomainException($"Комментарий длиннее {CommentMaxLength} символов.", "comment");
        }
        Status = PracticeStatus.Rejected;
        Moderated(by, byName, comment, now);
    }

    private void EnsurePending(Guid by)
    {
        if (Status != PracticeStatus.Pending)
        {
            throw new DomainException("Практика уже рассмотрена.", "status");
        }
        if (by == AuthorId)
        {
            // Publishing one's own practice would skip the review the bank relies on.
            throw new DomainException("Свою практику рассматривает другой координатор.", "status");
        }
    }

    private void Moderated(Guid by, string byName, string? comment, DateTimeOffset now)
    {
        ModeratedBy = by;
        ModeratedByName = byName.Length > 200 ? byName[..200] : byName;
        ModeratedAt = now;
        ModerationComment = comment;
    }
}

public static class PracticeGlossary
{
    /// <summary>Suggestions for the free-text topic; authors may write their own.</summary>
    public static IReadOnlyList<string> SuggestedTopics { get; } =
    [
        "Повышение квалификации педагогов",
        "Работа с родителями",
        "Учебная мотивация обучающихся",
        "Индивидуальные образовательные маршруты",
        "Функциональная грамотность",
        "Школьная образовательная среда",
        "Наставничество",
        "Работа с обучающимися с ОВЗ",
        "Сетевое взаимодействие школ",
        "Внутришкольная система оценки качества",
    ];

    public static string Status(PracticeStatus status) => status switch
    {
        PracticeStatus.Pending => "На модерации",
        PracticeStatus.Published => "Опубликована",
        PracticeStatus.Rejected => "Отклонена",
        _ => status.ToString(),
    };
}
