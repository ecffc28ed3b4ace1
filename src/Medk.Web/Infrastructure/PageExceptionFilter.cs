using Medk.Core.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Medk.Web.Infrastructure;

/// <summary>
/// Pages answer the same exceptions the API answers (see <see cref="ProblemExceptionHandler"/>), the way
/// a person needs: a broken rule is shown in the form next to its field, a conflicting edit on top of
/// the form with the user's input kept, a hidden object as 404 and a forbidden action as 403.
/// </summary>
public sealed class PageExceptionFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is null || executed.ExceptionHandled)
        {
            return;
        }
        switch (executed.Exception)
        {
            case NotFoundException n:
                AuditRequests.MarkRefused(context.HttpContext, n.Message);
                executed.Result = new NotFoundResult();
                break;
            case ForbiddenException f:
                AuditRequests.MarkRefused(context.HttpContext, f.Message);
                executed.Result = new ForbidResult();
                break;
            case DomainException d:
                context.ModelState.AddModelError(FormKey(context.HandlerInstance, d.Field), d.Message);
                executed.Result = new PageResult();
                break;
            case DbUpdateConcurrencyException:
                context.ModelState.AddModelError("", ProblemExceptionHandler.ConflictMessage);
                executed.Result = new PageResult();
                break;
            case DbUpdateException u when UniqueViolation.Is(u):
                context.ModelState.AddModelError("", UniqueViolation.Message);
                executed.Result = new PageResult();
                break;
            default:
                return;
        }
        executed.ExceptionHandled = true;
        if (executed.Result is PageResult && context.HandlerInstance is IBuildsView page)
        {
            await page.BuildViewAsync(context.HttpContext.RequestAborted);
        }
    }

    /// <summary>"title" → "Input.Title" where the page binds its form to an Input model, else "Title".</summary>
    private static string FormKey(object page, string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }
        var name = char.ToUpperInvariant(field[0]) + field[1..];
        return page.GetType().GetProperty("Input") is not null ? "Input." + name : name;
    }
}
