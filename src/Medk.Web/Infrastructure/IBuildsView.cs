namespace Medk.Web.Infrastructure;

/// <summary>
/// A page whose commands do not build the view: after a successful command it redirects; when the command fails,
/// <see cref="PageExceptionFilter"/> shows the page again with the message, and asks the page to build its view then,
/// once. The posted input stays as it was bound.
/// </summary>
public interface IBuildsView
{
    Task BuildViewAsync(CancellationToken ct);
}
