package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganisationResourceTest {

  private static final String PATH = "/api/v1/organisations";

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void listsThe290MunicipalitiesWithTheirCountyFromTheCode() {
    given()
        .queryParam("type", "MUNICIPALITY")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("$", hasSize(290))
        .body("type", everyItem(equalTo("MUNICIPALITY")))
        .body("find { it.code == '0980' }.name", equalTo("Gotland"))
        .body("find { it.code == '0980' }.county", equalTo("09"));
  }

  @Test
  @TestSecurity(user = "respondent", roles = "respondent")
  void listsStockholmsThirteenCityDistrictsWithTheirParentAndCountyName() {
    given()
        .queryParam("type", "CITY_DISTRICT")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("findAll { it.code ==~ /0180-\\d\\d/ }", hasSize(13))
        .body("find { it.code == '0180-01' }.name", equalTo("Rinkeby-Kista stadsdelsförvaltning"))
        .body("find { it.code == '0180-13' }.parent", equalTo("0180"))
        .body("find { it.code == '0180-13' }.county", equalTo("01"))
        .body("find { it.code == '0180-13' }.countyName", equalTo("Stockholms län"));
    given()
        .get(PATH + "/2584")
        .then()
        .statusCode(200)
        .body("countyName", equalTo("Norrbottens län"));
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void listsThe21Regions() {
    given()
        .queryParam("type", "REGION")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("$", hasSize(21))
        .body("code", hasItem("25"))
        .body("find { it.code == '23' }.name", equalTo("Region Jämtland Härjedalen"))
        .body("find { it.code == '23' }.county", equalTo("23"))
        .body("find { it.code == '01' }.name", equalTo("Region Stockholm"));
  }

  @Test
  @TestSecurity(user = "respondent", roles = "respondent")
  void knowsSampleMunicipalitiesByCode() {
    expectOrganisation("0180", "Stockholm", "MUNICIPALITY", "01");
    expectOrganisation("1280", "Malmö", "MUNICIPALITY", "12");
    expectOrganisation("2584", "Kiruna", "MUNICIPALITY", "25");
    expectOrganisation("1480", "Göteborg", "MUNICIPALITY", "14");
    expectOrganisation("0114", "Upplands Väsby", "MUNICIPALITY", "01");
    expectOrganisation("23", "Region Jämtland Härjedalen", "REGION", "23");
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void filtersByCountyAndType() {
    given()
        .queryParam("county", "23")
        .queryParam("type", "MUNICIPALITY")
        .get(PATH)
        .then()
        .statusCode(200)
        .body("$", hasSize(8))
        .body("name", hasItem("Östersund"));
    given().queryParam("county", "23").get(PATH).then().statusCode(200).body("code", hasItem("23"));
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void refusesAnUnknownTypeFilterAndAnswers404ForAnUnknownCode() {
    given()
        .queryParam("type", "KOMMUN")
        .get(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("type"));
    given()
        .get(PATH + "/9999")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void adminCreatesThenUpdatesACityDistrict() {
    String code = "0180-" + UUID.randomUUID().toString().substring(0, 6);
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\":\"Rinkeby-Kista\",\"type\":\"CITY_DISTRICT\",\"county\":\"01\"}")
        .put(PATH + "/" + code)
        .then()
        .statusCode(201)
        .body("code", equalTo(code))
        .body("type", equalTo("CITY_DISTRICT"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\":\"Rinkeby-Kista stadsdel\",\"type\":\"CITY_DISTRICT\",\"county\":\"01\"}")
        .put(PATH + "/" + code)
        .then()
        .statusCode(200);
    expectOrganisation(code, "Rinkeby-Kista stadsdel", "CITY_DISTRICT", "01");
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void refusesAnInconsistentOrganisationWithEveryViolation() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\":\" \",\"type\":\"MUNICIPALITY\",\"county\":\"01\"}")
        .put(PATH + "/2599")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations.field", hasItem("name"))
        .body("violations.field", hasItem("county"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\":\"X\",\"type\":\"KOMMUN\",\"county\":\"99\"}")
        .put(PATH + "/2599")
        .then()
        .statusCode(400)
        .body("violations.field", hasItem("type"))
        .body("violations.field", hasItem("county"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\":\"X\",\"type\":\"REGION\",\"county\":\"01\"}")
        .put(PATH + "/0101")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("code"));
    given().get(PATH + "/2599").then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "respondent", roles = "respondent")
  void aRespondentMayNotChangeTheRegister() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"name\":\"Stockholms stad\",\"type\":\"MUNICIPALITY\",\"county\":\"01\"}")
        .put(PATH + "/0180")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    expectOrganisation("0180", "Stockholm", "MUNICIPALITY", "01");
  }

  @Test
  void withoutATokenTheRegisterIs401() {
    given()
        .get(PATH)
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("type", startsWith("https://enkat.se/problems/"));
  }

  private static void expectOrganisation(String code, String name, String type, String county) {
    given()
        .get(PATH + "/" + code)
        .then()
        .statusCode(200)
        .body("code", equalTo(code))
        .body("name", equalTo(name))
        .body("type", equalTo(type))
        .body("county", equalTo(county));
  }
}
