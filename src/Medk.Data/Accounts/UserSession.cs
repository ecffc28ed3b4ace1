namespace Medk.Data.Accounts;

/// <summary>
/// One signed-in browser. The cookie carries the session's id; the server keeps the row, so logging out (or a
/// block) ends the session on the server and a copied cookie is refused afterwards (decision 024).
/// </summary>
public class UserSession
{
    private UserSession()
    {
    }

    public UserSession(Guid userId, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        CreatedAt = now;
        LastSeenAt = now;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Written at most once an hour, so that old rows can be swept without a write per request.</summary>
    public DateTimeOffset LastSeenAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }
}
