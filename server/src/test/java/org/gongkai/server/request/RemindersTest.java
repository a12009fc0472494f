package org.gongkai.server.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.server.IntegrationTest;
import org.gongkai.server.agency.AgencyApi;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Morning reminders go to each agency's mailbox only when SMTP is configured, and carry no personal data. */
class RemindersTest extends IntegrationTest {
  @Autowired
  AgencyApi agencies;
  @Autowired
  WorkQueue queue;
  @Autowired
  Clock clock;
  @Autowired
  JdbcClient jdbc;

  @Test
  void withoutSmtpNothingIsSent() {
    Reminders reminders = new Reminders(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
        agencies, queue, clock, "gongkai@example.org");
    assertThat(reminders.send(LocalDate.now(clock).plusYears(1))).isZero();
  }

  @Test
  void overdueRequestsAreListedByNumberWithoutApplicantData() {
    JavaMailSender sender = mock(JavaMailSender.class);
    Reminders reminders = new Reminders(new StaticListableBeanFactory(Map.of("mail", sender))
        .getBeanProvider(JavaMailSender.class), agencies, queue, clock, "gongkai@example.org");
    // A year from now every open demo request of the health bureau is overdue.
    LocalDate later = LocalDate.now(clock).plusYears(1);
    long wjj = agencies.all().stream().filter(a -> a.code().equals("shixian-wjj")).findFirst().orElseThrow().id();
    int open = queue.of(wjj, later).stream().filter(i -> i.urgency() == WorkQueue.Urgency.OVERDUE).toList().size();
    assertThat(open).isPositive();
    assertThat(reminders.send(later)).isPositive();
    ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
    verify(sender, atLeastOnce()).send(sent.capture());
    SimpleMailMessage toWjj = sent.getAllValues().stream()
        .filter(m -> List.of(m.getTo()).contains("gongkai@wjj.example.org")).findFirst().orElseThrow();
    assertThat(toWjj.getSubject()).startsWith("【依申请公开办理提醒】逾期" + open + "件");
    assertThat(toWjj.getFrom()).isEqualTo("gongkai@example.org");
    List<String> applicants = jdbc.sql("SELECT applicant_name FROM disclosure_request WHERE agency_id = :a")
        .param("a", wjj).query(String.class).list();
    assertThat(applicants).isNotEmpty();
    assertThat(applicants).allSatisfy(name -> assertThat(toWjj.getText()).doesNotContain(name));
  }
}
