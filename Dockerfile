# Multi-stage: build with the SDK, run on the ASP.NET runtime as a non-root user.
# The container is meant for SQL Server: set ConnectionStrings__SocialBalance at run time, e.g.
#   docker run -p 8080:8080 -e ConnectionStrings__SocialBalance="Server=db;Database=SocialBalance;User Id=...;Password=...;TrustServerCertificate=True" social-balance-api
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN bash build/publish.sh /app/publish

# The Debian-based runtime image carries ICU, which Microsoft.Data.SqlClient needs (it refuses invariant globalization).
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app/publish .
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production \
    Database__Provider=SqlServer \
    Database__SeedDemoData=false
EXPOSE 8080
# The aspnet image's built-in unprivileged user.
USER $APP_UID
ENTRYPOINT ["dotnet", "SocialBalance.Api.dll"]
