using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Medk.Web.Features.Shared;

/// <summary>Links to the previous and next page that keep the other query parameters (the filters).</summary>
public sealed record PagerModel(HttpRequest Request, int PageNumber, int PageCount, int Total)
{
    public static PagerModel For<T>(HttpRequest request, Infrastructure.Page<T> page) => new(request, page.PageNumber, page.PageCount, page.Total);

    public string Link(int page)
    {
        var query = QueryHelpers.ParseQuery(Request.QueryString.Value);
        var builder = new QueryBuilder(query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        builder.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Request.Path + builder.ToQueryString().Value;
    }
}
