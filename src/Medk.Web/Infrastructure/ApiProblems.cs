using Microsoft.AspNetCore.Mvc;

namespace Medk.Web.Infrastructure;

/// <summary>
/// The problem answers an endpoint may give, described for OpenAPI in one line: 400 is a validation problem naming
/// the fields, the others plain problem details (403 forbidden, 404 not visible, 409 a conflicting edit or duplicate).
/// </summary>
public static class ApiProblems
{
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statuses) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            if (status == StatusCodes.Status400BadRequest)
            {
                builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
            }
            else
            {
                builder.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), ["application/problem+json"]));
            }
        }
        return builder;
    }
}
