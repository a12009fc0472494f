package org.gongkai.server.request;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.server.agency.Agency;
import org.gongkai.server.agency.AgencyApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each working morning, e-mails every agency's disclosure mailbox (its published e-mail address) the requests that
 * are overdue, due today or due within three working days — only when SMTP is configured (spring.mail.host), and
 * with request numbers and dates only, never an applicant's personal data.
 */
@Component
class Reminders {
  private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final AgencyApi agencies;
  private final WorkQueue queue;
  private final Clock clock;
  private final String from;

  Reminders(ObjectProvider<JavaMailSender> mail, AgencyApi agencies, WorkQueue queue, Clock clock,
      @Value("${gongkai.mail.from:gongkai@localhost}") String from) {
    this.mail = mail;
    this.agencies = agencies;
    this.queue = queue;
    this.clock = clock;
    this.from = from;
  }

  @Scheduled(cron = "${gongkai.requests.reminder-cron:0 0 8 * * MON-FRI}")
  void run() {
    send(LocalDate.now(clock));
  }

  /** Sends the day's reminders; returns how many e-mails went out (0 when SMTP is not configured). */
  int send(LocalDate today) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      return 0;
    }
    int sent = 0;
    for (Agency agency : agencies.active()) {
      if (agency.email() == null || agency.email().isBlank()) {
        continue;
      }
      List<WorkQueue.Item> urgent = queue.of(agency.id(), today).stream()
          .filter(i -> i.urgency() == WorkQueue.Urgency.OVERDUE || i.urgency() == WorkQueue.Urgency.TODAY
              || i.urgency() == WorkQueue.Urgency.SOON).toList();
      if (urgent.isEmpty()) {
        continue;
      }
      try {
        sender.send(message(agency, urgent, today));
        sent++;
      } catch (MailException e) {
        LOG.warn("Reminder to agency {} not sent: {}", agency.code(), e.getClass().getSimpleName());
      }
    }
    return sent;
  }

  SimpleMailMessage message(Agency agency, List<WorkQueue.Item> urgent, LocalDate today) {
    long overdue = urgent.stream().filter(i -> i.urgency() == WorkQueue.Urgency.OVERDUE).count();
    long dueToday = urgent.stream().filter(i -> i.urgency() == WorkQueue.Urgency.TODAY).count();
    long soon = urgent.size() - overdue - dueToday;
    StringBuilder text = new StringBuilder(agency.fullName()).append("：\n\n截至").append(today)
        .append("，以下政府信息公开申请需要尽快办理：\n\n");
    for (WorkQueue.Item i : urgent) {
      text.append("  ").append(i.request().number()).append("  ").append(i.limitName()).append(' ')
          .append(i.due()).append("  ").append(i.remaining()).append('\n');
    }
    text.append("\n请登录政府信息公开工作平台“依申请公开”工作队列办理。本邮件由系统自动发送，不含申请人个人信息。\n");
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(agency.email());
    m.setSubject("【依申请公开办理提醒】逾期" + overdue + "件，今日到期" + dueToday + "件，3个工作日内到期" + soon + "件");
    m.setText(text.toString());
    return m;
  }
}
