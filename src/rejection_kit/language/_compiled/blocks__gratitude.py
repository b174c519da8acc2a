"""blocks/gratitude.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = '77740644b227f1987667f6ce36ca7d07'
JINJA = '3.1.6'
MACROS = (('welcome_1', ('c',)), ('welcome_2', ('c',)), ('welcome_3', ('c',)), ('welcome_5', ('c',)), ('welcome_4', ('c',)), ('kindness_1', ('c',)), ('kindness_2', ('c',)), ('kindness_3', ('c',)), ('kindness_4', ('c',)), ('referral_1', ('c',)), ('referral_2', ('c',)), ('referral_3', ('c',)), ('referral_5', ('c',)), ('referral_4', ('c',)), ('call_1', ('c',)), ('call_2', ('c',)), ('call_3', ('c',)), ('call_4', ('c',)), ('agency_1', ('c',)), ('agency_2', ('c',)), ('agency_3', ('c',)), ('agency_4', ('c',)), ('call_6', ('c',)), ('call_5', ('c',)), ('in_person_1', ('c',)), ('in_person_2', ('c',)), ('in_person_3', ('c',)), ('in_person_4', ('c',)), ('news_1', ('c',)), ('news_2', ('c',)), ('news_3', ('c',)), ('news_4', ('c',)), ('news_6', ('c',)), ('news_5', ('c',)), ('ats_1', ('c',)), ('ats_2', ('c',)), ('ats_3', ('c',)), ('ats_4', ('c',)), ('interview_1', ('c', 'x')), ('interview_2', ('c', 'x')), ('interview_3', ('c', 'x')), ('interview_4', ('c', 'x')), ('interview_5', ('c', 'x')), ('interview_6', ('c',)), ('interview__1', ('c',)), ('interview__2', ('c',)), ('interview__3', ('c',)), ('interview__4', ('c',)), ('interview__5', ('c',)), ('interview__6', ('c',)), ('internal_1', ('c',)), ('internal_2', ('c',)), ('internal_3', ('c',)), ('internal_5', ('c',)), ('colleague_1', ('c',)), ('colleague_2', ('c',)), ('colleague_3', ('c',)), ('colleague_4', ('c',)), ('consideration_1', ('c',)), ('consideration_2', ('c',)), ('consideration_3', ('c',)), ('consideration_5', ('c',)), ('consideration_4', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/gratitude.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_welcome_1 = l_0_welcome_2 = l_0_welcome_3 = l_0_welcome_5 = l_0_welcome_4 = l_0_kindness_1 = l_0_kindness_2 = l_0_kindness_3 = l_0_kindness_4 = l_0_referral_1 = l_0_referral_2 = l_0_referral_3 = l_0_referral_5 = l_0_referral_4 = l_0_call_1 = l_0_call_2 = l_0_call_3 = l_0_call_4 = l_0_agency_1 = l_0_agency_2 = l_0_agency_3 = l_0_agency_4 = l_0_call_6 = l_0_call_5 = l_0_in_person_1 = l_0_in_person_2 = l_0_in_person_3 = l_0_in_person_4 = l_0_news_1 = l_0_news_2 = l_0_news_3 = l_0_news_4 = l_0_news_6 = l_0_news_5 = l_0_ats_1 = l_0_ats_2 = l_0_ats_3 = l_0_ats_4 = l_0_interview_1 = l_0_interview_2 = l_0_interview_3 = l_0_interview_4 = l_0_interview_5 = l_0_interview_6 = l_0_interview__1 = l_0_interview__2 = l_0_interview__3 = l_0_interview__4 = l_0_interview__5 = l_0_interview__6 = l_0_internal_1 = l_0_internal_2 = l_0_internal_3 = l_0_internal_5 = l_0_colleague_1 = l_0_colleague_2 = l_0_colleague_3 = l_0_colleague_4 = l_0_consideration_1 = l_0_consideration_2 = l_0_consideration_3 = l_0_consideration_5 = l_0_consideration_4 = missing
        try:
            t_1 = environment.filters['date']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'date' found.")
        pass
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for making me feel so welcome every time I came in to %(company)s.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_2)
        context.exported_vars.add('welcome_1')
        context.vars['welcome_1'] = l_0_welcome_1 = Macro(environment, macro, 'welcome_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            l_1_ngettext = resolve('ngettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext))('Thank you for the friendly welcome when I visited %(company)s; it made the wait before my interview much easier.', 'Thank you for the friendly welcome on each of my visits to %(company)s; it made the waiting much easier.', environment.getattr(l_1_c, 'rounds'), count=environment.getattr(l_1_c, 'rounds'), company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_3)
        context.exported_vars.add('welcome_2')
        context.vars['welcome_2'] = l_0_welcome_2 = Macro(environment, macro, 'welcome_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_4 = []
            l_1_ngettext = resolve('ngettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_4.append(
                str(((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext))('Thank you for looking after me so kindly when I arrived for my interview at %(company)s.', 'Thank you for looking after me so kindly whenever I arrived for my interviews at %(company)s.', environment.getattr(l_1_c, 'rounds'), count=environment.getattr(l_1_c, 'rounds'), company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_4)
        context.exported_vars.add('welcome_3')
        context.vars['welcome_3'] = l_0_welcome_3 = Macro(environment, macro, 'welcome_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for the warm welcome.')),
            )
            return concat(t_5)
        context.exported_vars.add('welcome_5')
        context.vars['welcome_5'] = l_0_welcome_5 = Macro(environment, macro, 'welcome_5', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I wanted to thank you for the warm welcome at %(company)s.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_6)
        context.exported_vars.add('welcome_4')
        context.vars['welcome_4'] = l_0_welcome_4 = Macro(environment, macro, 'welcome_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you so much for %(act)s.', act=environment.getattr(l_1_c, 'kindness'))),
            )
            return concat(t_7)
        context.exported_vars.add('kindness_1')
        context.vars['kindness_1'] = l_0_kindness_1 = Macro(environment, macro, 'kindness_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_8.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I wanted to thank you for %(act)s; it made a real difference to me.', act=environment.getattr(l_1_c, 'kindness'))),
            )
            return concat(t_8)
        context.exported_vars.add('kindness_2')
        context.vars['kindness_2'] = l_0_kindness_2 = Macro(environment, macro, 'kindness_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm very grateful to you for %(act)s.", act=environment.getattr(l_1_c, 'kindness'))),
            )
            return concat(t_9)
        context.exported_vars.add('kindness_3')
        context.vars['kindness_3'] = l_0_kindness_3 = Macro(environment, macro, 'kindness_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_10 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_10.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for %(act)s; it helped me feel at ease.', act=environment.getattr(l_1_c, 'kindness'))),
            )
            return concat(t_10)
        context.exported_vars.add('kindness_4')
        context.vars['kindness_4'] = l_0_kindness_4 = Macro(environment, macro, 'kindness_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_11 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_11.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you again for referring me for the %(role)s role at %(company)s.', role=environment.getattr(l_1_c, 'role'), company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_11)
        context.exported_vars.add('referral_1')
        context.vars['referral_1'] = l_0_referral_1 = Macro(environment, macro, 'referral_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_12 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_12.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm very grateful that you put my name forward for the %(role)s role at %(company)s.", role=environment.getattr(l_1_c, 'role'), company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_12)
        context.exported_vars.add('referral_2')
        context.vars['referral_2'] = l_0_referral_2 = Macro(environment, macro, 'referral_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_13 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_13.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for recommending me to %(company)s for the %(role)s position; it meant a lot.', role=environment.getattr(l_1_c, 'role'), company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_13)
        context.exported_vars.add('referral_3')
        context.vars['referral_3'] = l_0_referral_3 = Macro(environment, macro, 'referral_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_14 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_14.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you again for the referral.')),
            )
            return concat(t_14)
        context.exported_vars.add('referral_5')
        context.vars['referral_5'] = l_0_referral_5 = Macro(environment, macro, 'referral_5', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_15 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_15.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you once more for the referral to %(company)s — I appreciated your support throughout.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_15)
        context.exported_vars.add('referral_4')
        context.vars['referral_4'] = l_0_referral_4 = Macro(environment, macro, 'referral_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_16 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_16.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for calling to let me know the outcome for the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_16)
        context.exported_vars.add('call_1')
        context.vars['call_1'] = l_0_call_1 = Macro(environment, macro, 'call_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_17 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_17.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for taking the time to call me yourself about the %(role)s position.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_17)
        context.exported_vars.add('call_2')
        context.vars['call_2'] = l_0_call_2 = Macro(environment, macro, 'call_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_18 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_18.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I really appreciated hearing the news about the %(role)s role from you personally.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_18)
        context.exported_vars.add('call_3')
        context.vars['call_3'] = l_0_call_3 = Macro(environment, macro, 'call_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_19 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_19.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for the call about the %(role)s role and for telling me the outcome directly.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_19)
        context.exported_vars.add('call_4')
        context.vars['call_4'] = l_0_call_4 = Macro(environment, macro, 'call_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_20 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_20.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for telling me how things ended with %(company)s.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_20)
        context.exported_vars.add('agency_1')
        context.vars['agency_1'] = l_0_agency_1 = Macro(environment, macro, 'agency_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_21 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_21.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for getting back to me so promptly with the decision from %(company)s.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_21)
        context.exported_vars.add('agency_2')
        context.vars['agency_2'] = l_0_agency_2 = Macro(environment, macro, 'agency_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_22 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_22.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for the update on the %(role)s role, and for your help throughout.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_22)
        context.exported_vars.add('agency_3')
        context.vars['agency_3'] = l_0_agency_3 = Macro(environment, macro, 'agency_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_23 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_23.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for letting me know, and for everything you did on my behalf.')),
            )
            return concat(t_23)
        context.exported_vars.add('agency_4')
        context.vars['agency_4'] = l_0_agency_4 = Macro(environment, macro, 'agency_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_24 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_24.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for calling me yourself.')),
            )
            return concat(t_24)
        context.exported_vars.add('call_6')
        context.vars['call_6'] = l_0_call_6 = Macro(environment, macro, 'call_6', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_25 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_25.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for phoning to share the outcome of the %(role)s search with me.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_25)
        context.exported_vars.add('call_5')
        context.vars['call_5'] = l_0_call_5 = Macro(environment, macro, 'call_5', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_26 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_26.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for telling me the outcome for the %(role)s role in person.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_26)
        context.exported_vars.add('in_person_1')
        context.vars['in_person_1'] = l_0_in_person_1 = Macro(environment, macro, 'in_person_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_27 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_27.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I appreciated that you took the time to give me the news face to face.')),
            )
            return concat(t_27)
        context.exported_vars.add('in_person_2')
        context.vars['in_person_2'] = l_0_in_person_2 = Macro(environment, macro, 'in_person_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_28 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_28.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for sitting down with me to explain the outcome for the %(role)s position.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_28)
        context.exported_vars.add('in_person_3')
        context.vars['in_person_3'] = l_0_in_person_3 = Macro(environment, macro, 'in_person_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_29 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_29.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for telling me yourself.')),
            )
            return concat(t_29)
        context.exported_vars.add('in_person_4')
        context.vars['in_person_4'] = l_0_in_person_4 = Macro(environment, macro, 'in_person_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_30 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_30.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for letting me know the outcome for the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_30)
        context.exported_vars.add('news_1')
        context.vars['news_1'] = l_0_news_1 = Macro(environment, macro, 'news_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_31 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_31.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for the update on the %(role)s position.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_31)
        context.exported_vars.add('news_2')
        context.vars['news_2'] = l_0_news_2 = Macro(environment, macro, 'news_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_32 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_32.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I appreciate you letting me know the outcome for the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_32)
        context.exported_vars.add('news_3')
        context.vars['news_3'] = l_0_news_3 = Macro(environment, macro, 'news_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_33 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_33.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for taking the time to tell me the outcome for the %(role)s position.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_33)
        context.exported_vars.add('news_4')
        context.vars['news_4'] = l_0_news_4 = Macro(environment, macro, 'news_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_34 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_34.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for letting me know.')),
            )
            return concat(t_34)
        context.exported_vars.add('news_6')
        context.vars['news_6'] = l_0_news_6 = Macro(environment, macro, 'news_6', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_35 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_35.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for getting back to me about the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_35)
        context.exported_vars.add('news_5')
        context.vars['news_5'] = l_0_news_5 = Macro(environment, macro, 'news_5', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_36 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_36.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for letting me know the outcome of my application for the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_36)
        context.exported_vars.add('ats_1')
        context.vars['ats_1'] = l_0_ats_1 = Macro(environment, macro, 'ats_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_37 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_37.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for considering my application for the %(role)s position at %(company)s.', role=environment.getattr(l_1_c, 'role'), company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_37)
        context.exported_vars.add('ats_2')
        context.vars['ats_2'] = l_0_ats_2 = Macro(environment, macro, 'ats_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_38 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_38.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I appreciate the update on my application for the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_38)
        context.exported_vars.add('ats_3')
        context.vars['ats_3'] = l_0_ats_3 = Macro(environment, macro, 'ats_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_39 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_39.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for the update on my application.')),
            )
            return concat(t_39)
        context.exported_vars.add('ats_4')
        context.vars['ats_4'] = l_0_ats_4 = Macro(environment, macro, 'ats_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c, l_1_x):
            t_40 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_40.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for %(x)s.', x=l_1_x)),
            )
            return concat(t_40)
        context.exported_vars.add('interview_1')
        context.vars['interview_1'] = l_0_interview_1 = Macro(environment, macro, 'interview_1', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_41 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_41.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm grateful for %(x)s.", x=l_1_x)),
            )
            return concat(t_41)
        context.exported_vars.add('interview_2')
        context.vars['interview_2'] = l_0_interview_2 = Macro(environment, macro, 'interview_2', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_42 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_42.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I really appreciated %(x)s.', x=l_1_x)),
            )
            return concat(t_42)
        context.exported_vars.add('interview_3')
        context.vars['interview_3'] = l_0_interview_3 = Macro(environment, macro, 'interview_3', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_43 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_43.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Many thanks for %(x)s.', x=l_1_x)),
            )
            return concat(t_43)
        context.exported_vars.add('interview_4')
        context.vars['interview_4'] = l_0_interview_4 = Macro(environment, macro, 'interview_4', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_44 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_44.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I wanted to thank you for %(x)s.', x=l_1_x)),
            )
            return concat(t_44)
        context.exported_vars.add('interview_5')
        context.vars['interview_5'] = l_0_interview_5 = Macro(environment, macro, 'interview_5', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_45 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_45.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for interviewing me.')),
            )
            return concat(t_45)
        context.exported_vars.add('interview_6')
        context.vars['interview_6'] = l_0_interview_6 = Macro(environment, macro, 'interview_6', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_46 = []
            l_1_ngettext = resolve('ngettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_46.append(
                str(((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext))('the time you gave me during my interview for the %(role)s role', 'the time you gave me during my interviews for the %(role)s role', environment.getattr(l_1_c, 'met_count'), count=environment.getattr(l_1_c, 'met_count'), role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_46)
        context.exported_vars.add('interview__1')
        context.vars['interview__1'] = l_0_interview__1 = Macro(environment, macro, 'interview__1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_47 = []
            l_1_gettext = resolve('gettext')
            l_1_ngettext = resolve('ngettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if (environment.getattr(l_1_c, 'medium') == 'phone'):
                pass
                t_47.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('our phone conversation about the %(role)s role', role=environment.getattr(l_1_c, 'role'))),
                )
            elif (environment.getattr(l_1_c, 'medium') == 'video'):
                pass
                t_47.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('our video call about the %(role)s role', role=environment.getattr(l_1_c, 'role'))),
                )
            elif (environment.getattr(l_1_c, 'medium') == 'on_site'):
                pass
                t_47.append(
                    str(((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext))('our meeting about the %(role)s role', 'our meetings about the %(role)s role', environment.getattr(l_1_c, 'met_count'), count=environment.getattr(l_1_c, 'met_count'), role=environment.getattr(l_1_c, 'role'))),
                )
            else:
                pass
                t_47.append(
                    str(((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext))('our conversation about the %(role)s role', 'our conversations about the %(role)s role', environment.getattr(l_1_c, 'met_count'), count=environment.getattr(l_1_c, 'met_count'), role=environment.getattr(l_1_c, 'role'))),
                )
            return concat(t_47)
        context.exported_vars.add('interview__2')
        context.vars['interview__2'] = l_0_interview__2 = Macro(environment, macro, 'interview__2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_48 = []
            l_1_ngettext = resolve('ngettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_48.append(
                str(((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext))('the thoughtful questions you asked in my interview', 'the thoughtful questions you asked in my interviews', environment.getattr(l_1_c, 'met_count'), count=environment.getattr(l_1_c, 'met_count'))),
            )
            return concat(t_48)
        context.exported_vars.add('interview__3')
        context.vars['interview__3'] = l_0_interview__3 = Macro(environment, macro, 'interview__3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_49 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_49.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('the chance to talk with you about the %(role)s role', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_49)
        context.exported_vars.add('interview__4')
        context.vars['interview__4'] = l_0_interview__4 = Macro(environment, macro, 'interview__4', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_50 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if environment.getattr(l_1_c, 'met_date'):
                pass
                t_50.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('our conversation on %(day)s', day=t_1(environment.getattr(l_1_c, 'met_date'), 'day'))),
                )
            else:
                pass
                t_50.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('our conversation')),
                )
            return concat(t_50)
        context.exported_vars.add('interview__5')
        context.vars['interview__5'] = l_0_interview__5 = Macro(environment, macro, 'interview__5', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_51 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_51.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('your time and your openness about the work at %(company)s', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_51)
        context.exported_vars.add('interview__6')
        context.vars['interview__6'] = l_0_interview__6 = Macro(environment, macro, 'interview__6', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_52 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_52.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for considering me for the %(role)s role and for being so open with me throughout.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_52)
        context.exported_vars.add('internal_1')
        context.vars['internal_1'] = l_0_internal_1 = Macro(environment, macro, 'internal_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_53 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_53.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for giving my application for the %(role)s role such careful consideration.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_53)
        context.exported_vars.add('internal_2')
        context.vars['internal_2'] = l_0_internal_2 = Macro(environment, macro, 'internal_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_54 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_54.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I appreciated the time you gave me during the process for the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_54)
        context.exported_vars.add('internal_3')
        context.vars['internal_3'] = l_0_internal_3 = Macro(environment, macro, 'internal_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_55 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_55.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for being so open with me.')),
            )
            return concat(t_55)
        context.exported_vars.add('internal_5')
        context.vars['internal_5'] = l_0_internal_5 = Macro(environment, macro, 'internal_5', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_56 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_56.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for cheering me on while I went for the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_56)
        context.exported_vars.add('colleague_1')
        context.vars['colleague_1'] = l_0_colleague_1 = Macro(environment, macro, 'colleague_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_57 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_57.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for your support and encouragement during the application process.')),
            )
            return concat(t_57)
        context.exported_vars.add('colleague_2')
        context.vars['colleague_2'] = l_0_colleague_2 = Macro(environment, macro, 'colleague_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_58 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_58.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I really appreciated your encouragement while I was applying for the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_58)
        context.exported_vars.add('colleague_3')
        context.vars['colleague_3'] = l_0_colleague_3 = Macro(environment, macro, 'colleague_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_59 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_59.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for cheering me on.')),
            )
            return concat(t_59)
        context.exported_vars.add('colleague_4')
        context.vars['colleague_4'] = l_0_colleague_4 = Macro(environment, macro, 'colleague_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_60 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_60.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for considering me for the %(role)s role at %(company)s.', role=environment.getattr(l_1_c, 'role'), company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_60)
        context.exported_vars.add('consideration_1')
        context.vars['consideration_1'] = l_0_consideration_1 = Macro(environment, macro, 'consideration_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_61 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_61.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for your time and consideration during the process for the %(role)s position.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_61)
        context.exported_vars.add('consideration_2')
        context.vars['consideration_2'] = l_0_consideration_2 = Macro(environment, macro, 'consideration_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_62 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_62.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I appreciate the time you and your colleagues spent on my application for the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_62)
        context.exported_vars.add('consideration_3')
        context.vars['consideration_3'] = l_0_consideration_3 = Macro(environment, macro, 'consideration_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_63 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_63.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for considering me.')),
            )
            return concat(t_63)
        context.exported_vars.add('consideration_5')
        context.vars['consideration_5'] = l_0_consideration_5 = Macro(environment, macro, 'consideration_5', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_64 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_64.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for the care you took with my candidacy for the %(role)s role.', role=environment.getattr(l_1_c, 'role'))),
            )
            return concat(t_64)
        context.exported_vars.add('consideration_4')
        context.vars['consideration_4'] = l_0_consideration_4 = Macro(environment, macro, 'consideration_4', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '12=18&13=30&14=42&15=54&16=66&18=79&19=91&20=103&21=115&23=128&24=140&25=152&26=164&27=176&29=189&30=201&31=213&32=225&33=237&34=249&35=261&36=273&37=285&38=297&40=310&41=322&42=334&43=346&45=359&46=371&47=383&48=395&49=407&50=419&52=432&53=444&54=456&55=468&57=481&58=495&59=509&60=523&61=537&62=551&63=563&64=575&65=605&66=617&67=629&68=648&70=661&71=673&72=685&74=698&76=711&77=723&78=735&79=747&81=760&82=772&83=784&84=796&85=808'
    return locals()
